"use client";
import { Badge, TableFrame } from "@/components/ui";
import { ConfirmButton } from "../confirm-button";
import { RoleSelect } from "./role-select";
import type { MemberActions, MemberView } from "./types";

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : "Never");

export function MembersTable({
  orgId,
  members,
  actions,
}: {
  orgId: string;
  members: MemberView[];
  actions: MemberActions;
}) {
  return (
    <TableFrame label="Members">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">Members</caption>
        <thead className="border-b border-zinc-200 bg-zinc-50 text-xs font-semibold text-zinc-600 uppercase">
          <tr>
            {["Name", "E-mail", "Role", "Joined", "Last sign-in"].map((h) => (
              <th key={h} scope="col" className="px-3 py-2">
                {h}
              </th>
            ))}
            <th scope="col" className="px-3 py-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {members.map((m) => (
            <tr key={m.userId}>
              <td className="px-3 py-2 font-medium text-zinc-900">
                {m.name} {m.isYou && <Badge tone="accent">You</Badge>}
              </td>
              <td className="px-3 py-2">{m.email}</td>
              <td className="px-3 py-2">
                <RoleSelect orgId={orgId} member={m} action={actions.changeRole} />
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{day(m.joinedAt)}</td>
              <td className="px-3 py-2 whitespace-nowrap">{day(m.lastLoginAt)}</td>
              <td className="px-3 py-2 text-right">
                <ConfirmButton
                  label="Remove"
                  ariaLabel={`Remove ${m.name}`}
                  title={`Remove ${m.name} from the organization?`}
                  description="Their sessions end and the API tokens they created stop working at once. Their personal secrets are scheduled for deletion after the grace period, and they are told by e-mail."
                  confirmLabel="Remove member"
                  success={(d: { email: string; revokedTokens: number; scheduledSecrets: number }) =>
                    `${d.email} was removed: ${d.revokedTokens} API token(s) revoked, ${d.scheduledSecrets} personal secret(s) scheduled for deletion.`
                  }
                  call={() => actions.remove({ orgId, userId: m.userId })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
