import type { Metadata } from "next";
import { requireUserActor } from "@/lib/authz";
import { memberChoices } from "@/lib/members";
import { listWorkspacesForAdmin } from "@/lib/workspaces";
import { WorkspacesPanel } from "@/components/admin/workspaces/workspaces-panel";
import { requireSettingsSection } from "../require-section";
import {
  addWorkspaceMemberAction,
  archiveWorkspaceAction,
  createWorkspaceAction,
  removeWorkspaceMemberAction,
  renameWorkspaceAction,
  setWorkspaceMemberAction,
} from "./actions";

export const metadata: Metadata = { title: "Workspaces" };

export default async function WorkspacesPage() {
  const ctx = await requireSettingsSection("/settings/workspaces");
  const actor = await requireUserActor(ctx.user, ctx.org.id);
  const [workspaces, people] = await Promise.all([listWorkspacesForAdmin(actor), memberChoices(ctx.org.id)]);
  return (
    <WorkspacesPanel
      orgId={ctx.org.id}
      people={people}
      workspaces={workspaces.map((w) => ({ id: w.id, name: w.name, archived: !!w.archivedAt, secretCount: w.secretCount, members: w.members }))}
      actions={{
        create: createWorkspaceAction,
        rename: renameWorkspaceAction,
        archive: archiveWorkspaceAction,
        setMember: setWorkspaceMemberAction,
        addMember: addWorkspaceMemberAction,
        removeMember: removeWorkspaceMemberAction,
      }}
    />
  );
}
