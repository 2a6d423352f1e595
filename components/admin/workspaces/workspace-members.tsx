"use client";
import { Select } from "@/components/ui";
import { WORKSPACE_ROLES, WORKSPACE_ROLE_LABELS, type WorkspaceRole } from "@/lib/domain/constants";
import { ConfirmButton } from "../confirm-button";
import { RefusalMessage } from "../refusal-message";
import { useRunAction } from "../use-run-action";
import type { WorkspaceActions, WorkspaceView } from "./types";

export function WorkspaceMembers({ workspace, actions }: { workspace: WorkspaceView; actions: WorkspaceActions }) {
  const { pending, refusal, run } = useRunAction();
  if (workspace.members.length === 0) return <p className="text-sm text-zinc-500">No members yet.</p>;
  return (
    <>
      <RefusalMessage refusal={refusal} />
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">Members of {workspace.name}</caption>
        <thead className="text-xs font-semibold text-zinc-600 uppercase">
          <tr>
            <th scope="col" className="py-1 pr-3">Name</th>
            <th scope="col" className="py-1 pr-3">Role</th>
            <th scope="col" className="py-1"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {workspace.members.map((m) => (
            <tr key={m.userId}>
              <td className="py-2 pr-3">
                <span className="font-medium text-zinc-900">{m.name}</span> <span className="text-zinc-500">{m.email}</span>
              </td>
              <td className="py-2 pr-3">
                <Select
                  aria-label="Role"
                  className="w-32"
                  disabled={pending}
                  value={m.role}
                  onChange={(e) =>
                    run(() => actions.setMember({ workspaceId: workspace.id, userId: m.userId, role: e.target.value as WorkspaceRole }), {
                      success: `${m.name} is now ${WORKSPACE_ROLE_LABELS[e.target.value as WorkspaceRole]} of ${workspace.name}.`,
                    })
                  }
                >
                  {WORKSPACE_ROLES.map((r) => (
                    <option key={r} value={r}>{WORKSPACE_ROLE_LABELS[r]}</option>
                  ))}
                </Select>
              </td>
              <td className="py-2 text-right">
                <ConfirmButton
                  label="Remove"
                  ariaLabel={`Remove ${m.name} from ${workspace.name}`}
                  title={`Remove ${m.name} from ${workspace.name}?`}
                  description="They lose access to the workspace's secrets and shared commands at once."
                  confirmLabel="Remove from workspace"
                  success={`${m.name} was removed from ${workspace.name}.`}
                  call={() => actions.removeMember({ workspaceId: workspace.id, userId: m.userId })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
