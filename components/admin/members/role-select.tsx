"use client";
// The member's role as a select labelled "Role"; a change is confirmed first, with what it means.
import { useState } from "react";
import { Button, Dialog, DialogFooter, Select } from "@/components/ui";
import { ORG_ROLES, ORG_ROLE_LABELS, type OrgRole } from "@/lib/domain/constants";
import { RefusalMessage } from "../refusal-message";
import { useRunAction } from "../use-run-action";
import type { MemberActions, MemberView } from "./types";

const EFFECT: Record<OrgRole, string> = {
  HOLDER: "Account Holders manage everything, including members and roles.",
  MANAGER: "Account Managers manage organization and workspace secrets, API tokens and the audit log.",
  MEMBER:
    "Members manage their personal secrets and use what is made available to them. API tokens they created are revoked.",
};

export function RoleSelect({
  orgId,
  member,
  action,
}: {
  orgId: string;
  member: MemberView;
  action: MemberActions["changeRole"];
}) {
  const [next, setNext] = useState<OrgRole | null>(null);
  const { pending, refusal, clear, run } = useRunAction();
  const close = () => {
    setNext(null);
    clear();
  };
  return (
    <>
      <Select
        aria-label="Role"
        className="w-44"
        value={member.role}
        onChange={(e) => setNext(e.target.value as OrgRole)}
      >
        {ORG_ROLES.map((r) => (
          <option key={r} value={r}>
            {ORG_ROLE_LABELS[r]}
          </option>
        ))}
      </Select>
      <Dialog
        open={next !== null}
        onClose={close}
        role="alertdialog"
        title={`Make ${member.name} ${next ? ORG_ROLE_LABELS[next] : ""}?`}
        description={next ? `${EFFECT[next]} The change applies to their next request.` : undefined}
      >
        <RefusalMessage refusal={refusal} />
        <DialogFooter>
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button
            pending={pending}
            onClick={() =>
              run(() => action({ orgId, userId: member.userId, role: next! }), {
                success: (d) =>
                  `${member.name} is now ${ORG_ROLE_LABELS[d.to]}.${d.revokedTokens ? ` ${d.revokedTokens} API token(s) revoked.` : ""}`,
                onDone: () => setNext(null),
              })
            }
          >
            Change role
          </Button>
        </DialogFooter>
      </Dialog>
    </>
  );
}
