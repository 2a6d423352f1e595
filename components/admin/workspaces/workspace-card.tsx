"use client";
import { Badge, Card, CardContent, CardHeader, CardTitle } from "@/components/ui";
import { DEFAULT_WORKSPACE_ROLE } from "@/lib/authz/permissions";
import { WORKSPACE_ROLES, WORKSPACE_ROLE_LABELS } from "@/lib/domain/constants";
import { AddMemberForm } from "../add-member-form";
import { ConfirmButton } from "../confirm-button";
import { FormDialog } from "../form-dialog";
import type { MemberOption } from "../types";
import { WorkspaceMembers } from "./workspace-members";
import type { WorkspaceActions, WorkspaceView } from "./types";

export function WorkspaceCard({ workspace: w, people, actions }: { workspace: WorkspaceView; people: MemberOption[]; actions: WorkspaceActions }) {
  const inIt = new Set(w.members.map((m) => m.userId));
  return (
    <Card aria-labelledby={`ws-${w.id}`}>
      <CardHeader className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <CardTitle id={`ws-${w.id}`}>
            {w.name} {w.archived && <Badge tone="warning">Archived</Badge>}
          </CardTitle>
          <p className="text-sm text-zinc-500">
            {w.secretCount} secret{w.secretCount === 1 ? "" : "s"} · {w.members.length} member{w.members.length === 1 ? "" : "s"}
          </p>
        </div>
        <div className="flex gap-2">
          <FormDialog
            label="Rename"
            ariaLabel={`Rename ${w.name}`}
            title={`Rename ${w.name}`}
            defaults={{ workspaceId: w.id, name: w.name }}
            fields={[{ name: "name", label: "Name", autoFocus: true }]}
            submitLabel="Save changes"
            action={actions.rename}
            success="Workspace renamed."
          />
          <ConfirmButton
            label={w.archived ? "Restore" : "Archive"}
            ariaLabel={`${w.archived ? "Restore" : "Archive"} ${w.name}`}
            title={w.archived ? `Restore ${w.name}?` : `Archive ${w.name}?`}
            description={
              w.archived
                ? "Its members get access to its secrets and shared commands again."
                : "Its members lose access to its secrets and shared commands at once; Account Holders and Managers still see its secrets. You can restore it later."
            }
            confirmLabel={w.archived ? "Restore workspace" : "Archive workspace"}
            danger={!w.archived}
            success={w.archived ? `${w.name} was restored.` : `${w.name} was archived.`}
            call={() => actions.archive({ workspaceId: w.id, archived: !w.archived })}
          />
        </div>
      </CardHeader>
      <CardContent className="space-y-4">
        <WorkspaceMembers workspace={w} actions={actions} />
        <AddMemberForm
          defaults={{ workspaceId: w.id, userId: "", role: DEFAULT_WORKSPACE_ROLE }}
          candidates={people.filter((p) => !inIt.has(p.userId))}
          roles={WORKSPACE_ROLES.map((r) => ({ value: r, label: WORKSPACE_ROLE_LABELS[r] }))}
          action={actions.addMember}
          placeName={w.name}
        />
      </CardContent>
    </Card>
  );
}
