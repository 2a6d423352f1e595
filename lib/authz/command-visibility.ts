import "server-only";
import type { Prisma } from "../db/index.ts";
import type { UserActor } from "./actor.ts";

/**
 * The database form of "may view" of command-permissions.ts, for listing. Must agree with
 * commandActionsFor(...).has("view"); an integration test checks that it does.
 */
export function visibleCommandsWhere(actor: UserActor): Prisma.QuickCommandWhereInput {
  return {
    orgId: actor.orgId,
    OR: [
      { ownerId: actor.userId },
      { visibility: "SHARED", workspaceId: { in: [...actor.workspaceRoles.keys()] } },
      { visibility: "PUBLISHED" },
    ],
  };
}
