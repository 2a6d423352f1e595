import "server-only";
import type { UserActor } from "../authz/index.ts";
import { groupMemberships, groupRoleOf, visibleGroupsWhere } from "../authz/group-visibility.ts";
import { groupPermission, mayManageGroupMembers, mayManageGroups, seesGroupsSection } from "../authz/permissions.ts";
import { requireAllowed } from "../authz/require-permission.ts";
import { GROUP_KINDS, type GroupKind } from "./kinds.ts";
import { MEMBER_TABLES, type GroupRow } from "./store.ts";

export type GroupListing = {
  /** Whether the actor creates, renames, archives or deletes groups of the kind. */
  canManage: boolean;
  groups: (GroupRow & { canManageMembers: boolean })[];
};

/**
 * The groups of the kind the actor sees (every one for whoever manages the kind; else the
 * workspaces they are in), archived last, with their members and live secret counts, and what
 * the actor may change. Someone who sees none is refused (audited), as the Settings section is.
 */
export async function listGroups(actor: UserActor, kind: GroupKind): Promise<GroupListing> {
  const memberships = groupMemberships(actor, kind).map(([, role]) => role);
  await requireAllowed(actor, seesGroupsSection(actor.role, kind, memberships), {
    action: `${kind}.list`,
    message: GROUP_KINDS[kind].deniedMessage,
    detail: { permission: groupPermission(kind) },
  });
  const rows = await MEMBER_TABLES[kind].list(visibleGroupsWhere(actor, kind));
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  const groups = rows
    .map((g) => ({
      ...g,
      members: g.members.sort(byName),
      canManageMembers: mayManageGroupMembers(actor.role, kind, groupRoleOf(actor, kind, g.id)),
    }))
    .sort((a, b) => Number(!!a.archivedAt) - Number(!!b.archivedAt) || byName(a, b));
  return { canManage: mayManageGroups(actor.role, kind), groups };
}
