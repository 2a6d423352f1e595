// Who may do what with a Quick Command (PRODUCT.md §5): the command counterpart of
// permissions.ts. Pure data and functions; deny by default.
//   Private   → its owner alone.
//   Shared    → the members of its workspace; edited by the owner and the workspace's Admins.
//   Published → everyone in the organization; edited by the owner and Holders/Managers.
// Running never lends the owner's rights: each secret is resolved as the person running it.
import type { CommandVisibility } from "../domain/constants.ts";
import type { UserActor } from "./actor.ts";
import { isOrgAdmin, isWorkspaceAdmin, seesAllWorkspaces } from "./permissions.ts";

export const COMMAND_ACTIONS = ["view", "run", "fork", "edit", "delete", "share"] as const;
export type CommandAction = (typeof COMMAND_ACTIONS)[number];

/**
 * How a user relates to a command: its owner; Admin or Member of its workspace; Holder or
 * Manager of its organization (orgAdmin); any member of its organization (orgMember).
 */
export type CommandRelation = "owner" | "workspaceAdmin" | "workspaceMember" | "orgAdmin" | "orgMember";

const USE: CommandAction[] = ["view", "run", "fork"];
const MANAGE: CommandAction[] = [...USE, "edit", "delete"];
/** "share" (changing the visibility) stays with the owner. */
const OWN: CommandAction[] = [...MANAGE, "share"];

export const COMMAND_GRANTS: Record<CommandVisibility, Partial<Record<CommandRelation, readonly CommandAction[]>>> = {
  PRIVATE: { owner: OWN },
  SHARED: { owner: OWN, workspaceAdmin: MANAGE, workspaceMember: USE },
  PUBLISHED: { owner: OWN, orgAdmin: MANAGE, orgMember: USE },
};

export type CommandAccessFacts = {
  orgId: string;
  ownerId: string;
  visibility: CommandVisibility;
  workspaceId: string | null;
};

export function commandRelations(actor: UserActor, c: CommandAccessFacts): CommandRelation[] {
  if (actor.orgId !== c.orgId) return [];
  const relations: CommandRelation[] = ["orgMember"];
  if (c.ownerId === actor.userId) relations.push("owner");
  if (isOrgAdmin(actor.role)) relations.push("orgAdmin");
  const wsRole = c.workspaceId ? actor.workspaceRoles.get(c.workspaceId) : undefined;
  if (isWorkspaceAdmin(wsRole)) relations.push("workspaceAdmin");
  else if (wsRole) relations.push("workspaceMember");
  return relations;
}

export function commandActionsFor(actor: UserActor, c: CommandAccessFacts): Set<CommandAction> {
  const granted = new Set<CommandAction>();
  const grants = COMMAND_GRANTS[c.visibility] ?? {};
  for (const relation of commandRelations(actor, c)) for (const action of grants[relation] ?? []) granted.add(action);
  return granted;
}

/**
 * Who may share a command with a (live) workspace of their organization: its members, and
 * whoever sees every workspace.
 */
export function mayShareCommandWith(actor: UserActor, workspaceId: string): boolean {
  return seesAllWorkspaces(actor.role) || actor.workspaceRoles.has(workspaceId);
}
