// The wizard's live check of a secret name: is it free in the chosen storage location?
// Only for places the actor may create secrets in, so that it reveals nothing they could not
// find out by registering. The final word is the unique index when registering.
import "server-only";
import { db } from "../db/index.ts";
import { canCreateSecret, type UserActor } from "../authz/index.ts";
import type { Scope } from "../domain/constants.ts";
import { ForbiddenError } from "../errors/index.ts";
import { scopeKey } from "./scope.ts";

export type NameAvailabilityInput = { scope: Scope; workspaceId?: string | null; name: string };

/** True when no live secret of the actor's organization has this name in that storage location (case-sensitive). */
export async function isSecretNameAvailable(actor: UserActor, input: NameAvailabilityInput): Promise<boolean> {
  const workspaceId = input.scope === "WORKSPACE" ? (input.workspaceId ?? null) : null;
  const wsRole = workspaceId ? actor.workspaceRoles.get(workspaceId) : undefined;
  if (!canCreateSecret(actor.role, input.scope, wsRole) || (input.scope === "WORKSPACE" && !workspaceId)) {
    throw new ForbiddenError("You cannot create secrets in this storage location.");
  }
  const key = scopeKey(input.scope, { workspaceId, ownerId: actor.userId });
  const taken = await db.secret.findUnique({
    where: { orgId_scopeKey_liveName: { orgId: actor.orgId, scopeKey: key, liveName: input.name } },
    select: { id: true },
  });
  return taken === null;
}
