"use client";
import { DEFAULT_ORG_ROLE } from "@/lib/authz/permissions";
import { ORG_ROLES, ORG_ROLE_LABELS } from "@/lib/domain/constants";

import { FormDialog } from "../form-dialog";
import type { MemberActions } from "./types";

export function InviteMemberButton({ orgId, action }: { orgId: string; action: MemberActions["invite"] }) {
  return (
    <FormDialog<{ email: string; delivery: "smtp" | "outbox" }>
      label="Invite member"
      title="Invite member"
      description="They receive a link, valid for 7 days and usable once, to set their name and password."
      variant="primary"
      size="md"
      defaults={{ orgId, email: "", role: DEFAULT_ORG_ROLE }}
      fields={[
        { name: "email", label: "E-mail", type: "email", placeholder: "dana@example.com", autoFocus: true },
        {
          name: "role",
          label: "Role",
          type: "select",
          options: ORG_ROLES.map((r) => ({ value: r, label: ORG_ROLE_LABELS[r] })),
        },
      ]}
      submitLabel="Send invitation"
      action={action}
      success={(d) =>
        d.delivery === "smtp"
          ? `Invitation sent to ${d.email}.`
          : `Invitation for ${d.email} is in the outbox (SMTP is not configured).`
      }
    />
  );
}
