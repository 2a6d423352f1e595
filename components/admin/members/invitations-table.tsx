"use client";
import { Badge, TableFrame } from "@/components/ui";
import { ORG_ROLE_LABELS } from "@/lib/domain/constants";
import { ConfirmButton } from "../confirm-button";
import type { InvitationView, MemberActions } from "./types";

export function InvitationsTable({
  invitations,
  revoke,
}: {
  invitations: InvitationView[];
  revoke: MemberActions["revokeInvitation"];
}) {
  return (
    <TableFrame label="Open invitations">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">Open invitations</caption>
        <thead className="border-b border-zinc-200 bg-zinc-50 text-xs font-semibold text-zinc-600 uppercase">
          <tr>
            {["E-mail", "Role", "Invited by", "Expires"].map((h) => (
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
          {invitations.map((i) => (
            <tr key={i.id}>
              <td className="px-3 py-2 font-medium text-zinc-900">{i.email}</td>
              <td className="px-3 py-2">{ORG_ROLE_LABELS[i.role]}</td>
              <td className="px-3 py-2">{i.invitedBy ?? "—"}</td>
              <td className="px-3 py-2 whitespace-nowrap">
                {i.expired ? (
                  <Badge tone="warning">Expired</Badge>
                ) : (
                  `${i.expiresAt.slice(0, 16).replace("T", " ")} UTC`
                )}
              </td>
              <td className="px-3 py-2 text-right">
                <ConfirmButton
                  label="Withdraw"
                  ariaLabel={`Withdraw the invitation of ${i.email}`}
                  title={`Withdraw the invitation of ${i.email}?`}
                  description="The link in their e-mail stops working. You can invite them again later."
                  confirmLabel="Withdraw invitation"
                  success={`The invitation of ${i.email} was withdrawn.`}
                  call={() => revoke({ invitationId: i.id })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
