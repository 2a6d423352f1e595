import "server-only";
import { listGroups, type GroupKind } from "@/lib/groups";
import { memberChoices } from "@/lib/members";
import { GroupsPanel } from "@/components/admin/groups/groups-panel";
import type { GroupActions } from "@/components/admin/groups/types";
import { requireSettingsSection } from "./require-section";
import * as s from "./spots/actions";
import * as w from "./workspaces/actions";

/** Each kind's server actions, by what they do. A Spot has no roles: nothing changes a member's role there. */
const ACTIONS: Record<GroupKind, GroupActions> = {
  workspace: {
    create: w.createWorkspaceAction,
    rename: w.renameWorkspaceAction,
    end: w.archiveWorkspaceAction,
    putMember: w.setWorkspaceMemberAction,
    addMember: w.addWorkspaceMemberAction,
    removeMember: w.removeWorkspaceMemberAction,
  },
  spot: {
    create: s.createSpotAction,
    rename: s.renameSpotAction,
    end: s.deleteSpotAction,
    addMember: s.addSpotMemberAction,
    removeMember: s.removeSpotMemberAction,
  },
};
const actionsOf = (kind: GroupKind) => ACTIONS[kind];

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
