// The database filter of the groups (workspaces, Spots) a user sees in Settings, mirroring
// maySeeGroup of the permission table (tests/integration/authz-isolation.test.ts checks that
// they agree), and the user's role in one group.
import type { UserActor } from "./actor.ts";
import { mayManageGroups, maySeeGroup, type GroupKind, type WorkspaceRole } from "./permissions.ts";

/** The actor's role in a group: a workspace role, null for a Spot they are in, undefined if not a member. */
export function groupRoleOf(actor: UserActor, kind: GroupKind, groupId: string): WorkspaceRole | null | undefined {
  if (kind === "workspace") return actor.workspaceRoles.get(groupId);
  return actor.spotIds.has(groupId) ? null : undefined;
}

/** The groups of the kind the actor belongs to, with their role in each (live workspaces only). */
export function groupMemberships(actor: UserActor, kind: GroupKind): [string, WorkspaceRole | null][] {
  return kind === "workspace" ? [...actor.workspaceRoles] : [...actor.spotIds].map((id) => [id, null]);
}

/** Every group of the organization for whoever manages the kind; else the ones the table lets them see. */
export function visibleGroupsWhere(actor: UserActor, kind: GroupKind): { orgId: string; id?: { in: string[] } } {
  if (mayManageGroups(actor.role, kind)) return { orgId: actor.orgId };
  const ids = groupMemberships(actor, kind).filter(([, role]) => maySeeGroup(actor.role, kind, role));
  return { orgId: actor.orgId, id: { in: ids.map(([id]) => id) } };
}
