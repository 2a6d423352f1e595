// The API names secrets, not ids. For a workspace token, NAME is its workspace's secret of that
// name; for an organization token, the organization secret of that name, else the one workspace
// secret of that name (several → 409: pass `?workspace=<id or name>`). Only secrets the token
// can see are considered, so a name it may not see is simply not found.
import "server-only";
import { db, type Prisma } from "../db/index.ts";
import { allowedSecretActions, toFacts, visibleSecretsWhere, type TokenActor } from "../authz/index.ts";
import { ConflictError, NotFoundError } from "../errors/index.ts";
import { loadForUseByName, type UseRow } from "../secrets/index.ts";

function byNameWhere(actor: TokenActor, name: string, workspace?: string): Prisma.SecretWhereInput {
  return {
    AND: [
      visibleSecretsWhere(actor),
      { name, liveName: name },
      workspace ? { scope: "WORKSPACE", OR: [{ workspaceId: workspace }, { workspace: { name: workspace } }] } : {},
    ],
  };
}

function pick<R extends { scope: string }>(rows: R[], name: string): R {
  const org = rows.find((r) => r.scope === "ORGANIZATION");
  if (org) return org;
  if (rows.length === 0) throw new NotFoundError(`Secret "${name}" not found.`);
  if (rows.length > 1) {
    throw new ConflictError(
      `Several workspaces have a secret named "${name}". Name one with ?workspace=<workspace id or name>.`,
    );
  }
  return rows[0]!;
}

/** The id of the secret NAME for this token (404 / 409 as above). */
export async function secretIdByName(actor: TokenActor, name: string, workspace?: string): Promise<string> {
  const rows = await db.secret.findMany({
    where: byNameWhere(actor, name, workspace),
    select: { id: true, scope: true },
    take: 10,
  });
  return pick(rows, name).id;
}

/**
 * The secret NAME loaded for a use, for useLoadedSecret: the organization's live secrets of that
 * name in one raw read (use-load.ts), narrowed to those the token may view by the permission
 * table itself (the same decision visibleSecretsWhere makes in the database), then chosen as above.
 */
export async function loadSecretForUseByName(
  actor: TokenActor,
  name: string,
  environment: { id: string },
  workspace?: string,
): Promise<UseRow> {
  const rows = await loadForUseByName(actor.orgId, name, environment.id);
  const candidates = rows.filter(
    (r) =>
      allowedSecretActions(actor, toFacts(r)).has("view") &&
      (!workspace || (r.scope === "WORKSPACE" && (r.workspaceId === workspace || r.workspaceName === workspace))),
  );
  return pick(candidates, name);
}
