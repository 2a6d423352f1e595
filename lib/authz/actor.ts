// Who is acting, in which organization, with which relations to its places. An Actor is
// always built on the server from the session (or API token) and the database.
import type { ApiTokenPermission, OrgRole, WorkspaceRole } from "../domain/constants.ts";
import { isOrgAdmin, isWorkspaceAdmin, type SecretAccessFacts, type SecretRelation } from "./permissions.ts";

export type UserActor = {
  kind: "user";
  userId: string;
  label: string;
  orgId: string;
  role: OrgRole;
  workspaceRoles: ReadonlyMap<string, WorkspaceRole>;
  spotIds: ReadonlySet<string>;
};

export type TokenActor = {
  kind: "token";
  tokenId: string;
  label: string;
  orgId: string;
  workspaceId: string | null;
  permissions: ReadonlySet<ApiTokenPermission>;
  /** Empty = every environment of the organization. */
  environmentIds: ReadonlySet<string>;
};

export type Actor = UserActor | TokenActor;

export function secretRelations(actor: Actor, s: SecretAccessFacts): SecretRelation[] {
  if (actor.orgId !== s.orgId) return [];
  const relations: SecretRelation[] = [];
  if (actor.kind === "token") {
    const inReach =
      (s.scope === "ORGANIZATION" && s.availability === "ORGANIZATION" && actor.workspaceId === null) ||
      (s.scope === "WORKSPACE" && (actor.workspaceId === null || actor.workspaceId === s.workspaceId));
    if (!inReach) return relations;
    if (actor.permissions.has("read")) relations.push("token");
    if (actor.permissions.has("resolve")) relations.push("tokenResolve");
    if (actor.permissions.has("write")) relations.push("tokenWrite");
    return relations;
  }
  if (s.scope === "PERSONAL") return s.ownerId === actor.userId ? ["owner"] : [];
  if (isOrgAdmin(actor.role)) relations.push("orgAdmin");
  if (s.scope === "ORGANIZATION") {
    if (s.availability === "ORGANIZATION") relations.push("orgWide");
    if (s.availability === "SPOTS" && s.spotIds.some((id) => actor.spotIds.has(id))) relations.push("spotMember");
  }
  if (s.scope === "WORKSPACE" && s.workspaceId) {
    const wsRole = actor.workspaceRoles.get(s.workspaceId);
    if (isWorkspaceAdmin(wsRole)) relations.push("workspaceAdmin");
    else if (wsRole) relations.push("workspaceMember");
  }
  return relations;
}

export function actorAudit(actor: Actor) {
  return actor.kind === "user"
    ? ({ type: "USER", userId: actor.userId, label: actor.label } as const)
    : ({ type: "TOKEN", tokenId: actor.tokenId, label: actor.label } as const);
}
