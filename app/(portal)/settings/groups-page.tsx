import "server-only";
import { listGroups, type GroupKind } from "@/lib/groups";
import { memberChoices } from "@/lib/members";
import { GroupsPanel } from "@/components/admin/groups/groups-panel";
import type { GroupActions } from "@/components/admin/groups/types";
import { requireSettingsSection } from "./require-section";
import * as s from "./spots/actions";
import * as w from "./workspaces/actions";

/** Each kind's server actions, by what they do. */
const ACTIONS = {
  create: { workspace: w.createWorkspaceAction, spot: s.createSpotAction },
  rename: { workspace: w.renameWorkspaceAction, spot: s.renameSpotAction },
  end: { workspace: w.archiveWorkspaceAction, spot: s.deleteSpotAction },
  putMember: { workspace: w.setWorkspaceMemberAction, spot: s.addSpotMemberAction },
  removeMember: { workspace: w.removeWorkspaceMemberAction, spot: s.removeSpotMemberAction },
};
const actionsOf = (kind: GroupKind) =>
  Object.fromEntries(Object.entries(ACTIONS).map(([op, byKind]) => [op, byKind[kind]])) as GroupActions;

/**
 * Settings → Workspaces or Spots: the groups of the kind the user sees. The organization's
 * members (names and e-mails, to choose from in Add member) go only to whoever manages members.
 */
export async function GroupsPage({ kind }: { kind: GroupKind }) {
  const ctx = await requireSettingsSection(`/settings/${kind}s`);
  const { canManage, groups } = await listGroups(ctx.actor, kind);
  const people = groups.some((g) => g.canManageMembers) ? await memberChoices(ctx.org.id) : [];
  return (
    <GroupsPanel
      kind={kind}
      orgId={ctx.org.id}
      canManage={canManage}
      groups={groups.map(({ archivedAt, ...g }) => ({ ...g, archived: !!archivedAt }))}
      people={people}
      actions={actionsOf(kind)}
    />
  );
}
