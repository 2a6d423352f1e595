import "server-only";
import type { Prisma } from "../db/index.ts";
import type { Actor } from "./actor.ts";
import { isOrgAdmin } from "./permissions.ts";

/**
 * The database form of "may view" from the permission table, for listing and counting.
 * Must agree with allowedSecretActions(...).has("view"); an integration test checks that it
 * does for every kind of actor and secret.
 */
export function visibleSecretsWhere(actor: Actor): Prisma.SecretWhereInput {
  const live: Prisma.SecretWhereInput = { orgId: actor.orgId, status: { not: "DELETED" } };
  const orgWide: Prisma.SecretWhereInput = { scope: "ORGANIZATION", availability: "ORGANIZATION" };
  if (actor.kind === "token") {
    if (actor.permissions.size === 0) return { id: { in: [] } };
    const workspace: Prisma.SecretWhereInput = actor.workspaceId
      ? { scope: "WORKSPACE", workspaceId: actor.workspaceId }
      : { scope: "WORKSPACE" };
    return { ...live, OR: actor.workspaceId ? [workspace] : [orgWide, workspace] };
  }
  const admin = isOrgAdmin(actor.role);
  const or: Prisma.SecretWhereInput[] = [{ scope: "PERSONAL", ownerId: actor.userId }];
  if (admin) {
    or.push({ scope: "ORGANIZATION" }, { scope: "WORKSPACE" });
  } else {
    or.push(orgWide, {
      scope: "ORGANIZATION",
      availability: "SPOTS",
      spots: { some: { spotId: { in: [...actor.spotIds] } } },
    });
    or.push({ scope: "WORKSPACE", workspaceId: { in: [...actor.workspaceRoles.keys()] } });
  }
  return { ...live, OR: or };
}
