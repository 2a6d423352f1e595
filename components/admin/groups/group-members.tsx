"use client";
// A group's members: name and e-mail, the workspace role, and — for whoever manages them — the
// role choice and Remove. Read-only for a workspace's Members.
import { Select } from "@/components/ui";
import { WORKSPACE_ROLES, WORKSPACE_ROLE_LABELS, type WorkspaceRole } from "@/lib/domain/constants";
import { ConfirmButton } from "../confirm-button";
import { RefusalMessage } from "../refusal-message";
import { useRunAction } from "../use-run-action";
import type { GroupKindView } from "./kinds";
import type { GroupActions, GroupView } from "./types";

type Props = { group: GroupView; view: GroupKindView; actions: GroupActions };

export function GroupMembers({ group, view, actions }: Props) {
  const { pending, refusal, run } = useRunAction();
  if (group.members.length === 0) return <p className="text-sm text-zinc-500">{view.noMembers}</p>;
  const manage = group.canManageMembers;
  const { putMember } = actions;
  const setRole = (m: GroupView["members"][number], role: WorkspaceRole) =>
    putMember &&
    run(() => putMember({ ...view.ref(group.id), userId: m.userId, role }), {
      success: `${m.name} is now ${WORKSPACE_ROLE_LABELS[role]} of ${group.name}.`,
    });
  return (
    <>
      <RefusalMessage refusal={refusal} />
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">Members of {group.name}</caption>
        <thead className="text-xs font-semibold text-zinc-600 uppercase">
          <tr>
            <th scope="col" className="py-1 pr-3">
              Name
            </th>
            {view.hasRoles && (
              <th scope="col" className="py-1 pr-3">
                Role
              </th>
            )}
            {manage && (
              <th scope="col" className="py-1">
                <span className="sr-only">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {group.members.map((m) => (
            <tr key={m.userId}>
              <td className="py-2 pr-3">
                <span className="font-medium text-zinc-900">{m.name}</span>{" "}
                <span className="text-zinc-500">{m.email}</span>
              </td>
              {view.hasRoles && m.role && (
                <td className="py-2 pr-3">
                  {manage ? (
                    <Select
                      aria-label="Role"
                      className="w-32"
                      disabled={pending}
                      value={m.role}
                      onChange={(e) => setRole(m, e.target.value as WorkspaceRole)}
                    >
                      {WORKSPACE_ROLES.map((r) => (
                        <option key={r} value={r}>
                          {WORKSPACE_ROLE_LABELS[r]}
                        </option>
                      ))}
                    </Select>
                  ) : (
                    WORKSPACE_ROLE_LABELS[m.role]
                  )}
                </td>
              )}
              {manage && (
                <td className="py-2 text-right">
                  <ConfirmButton
                    label="Remove"
                    ariaLabel={`Remove ${m.name} from ${group.name}`}
                    title={`Remove ${m.name} from ${group.name}?`}
                    description={view.removalHint}
                    confirmLabel={view.removalLabel}
                    success={`${m.name} was removed from ${group.name}.`}
                    call={() => actions.removeMember({ ...view.ref(group.id), userId: m.userId })}
                  />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
