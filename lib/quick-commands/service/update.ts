import "server-only";
import { db } from "../../db/index.ts";
import { recordAudit, type RequestInfo } from "../../audit/index.ts";
import { commandActionsFor, type UserActor } from "../../authz/index.ts";
import { ConflictError, ForbiddenError } from "../../errors/index.ts";
import { authorizeCommand, commandAudit, factsOf } from "../load.ts";
import { prepareCommand } from "../prepare.ts";
import type { CommandFormData } from "../schema.ts";
import { parseStoredHeaders, serializeHeaders } from "../stored-headers.ts";
import { syncCommandUsages } from "../usages.ts";

const stale = (name: string) =>
  new ConflictError(
    `The quick command "${name}" was changed by someone else while you were editing. Reload it, then apply your changes again.`,
  );

/**
 * Edits a command (owner; workspace Admins of a shared one; Holders/Managers of a published
 * one). Secrets the edit adds must be usable by the editor; rule 2 refuses a personal secret
 * added to a shared command; only the owner changes who sees it.
 */
export async function updateCommand(
  actor: UserActor,
  commandId: string,
  expectedVersion: number,
  data: CommandFormData,
  opts: { request?: RequestInfo | null } = {},
): Promise<{ id: string; version: number }> {
  const row = await authorizeCommand(actor, commandId, "edit", opts.request);
  const movesAudience =
    data.visibility !== row.visibility || (data.visibility === "SHARED" && data.workspaceId !== row.workspaceId);
  if (movesAudience && !commandActionsFor(actor, factsOf(row)).has("share")) {
    throw new ForbiddenError(`Only the owner of "${row.name}" can change who can see it.`);
  }
  if (row.version !== expectedVersion) throw stale(row.name);
  const prepared = await prepareCommand(actor, data, parseStoredHeaders(row.headers), opts);
  return db.$transaction(async (tx) => {
    const { count } = await tx.quickCommand.updateMany({
      where: { id: row.id, version: expectedVersion },
      data: {
        name: data.name,
        method: data.method,
        endpoint: data.endpoint,
        headers: serializeHeaders(prepared.headers),
        body: data.body || null,
        visibility: data.visibility,
        workspaceId: prepared.workspaceId,
        version: { increment: 1 },
      },
    });
    if (count !== 1) throw stale(row.name);
    const command = { id: row.id, name: data.name, orgId: row.orgId };
    await syncCommandUsages(tx, actor, command, prepared.headers, { request: opts.request, isNew: prepared.isNew });
    const detail = { visibility: data.visibility, previousVisibility: row.visibility, secrets: prepared.refs.length };
    await recordAudit(commandAudit(actor, command, "command.update", { detail, request: opts.request }), tx);
    return { id: row.id, version: expectedVersion + 1 };
  });
}
