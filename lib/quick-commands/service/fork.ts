import "server-only";
import { db } from "../../db/index.ts";
import { recordAudit, type RequestInfo } from "../../audit/index.ts";
import { hasOrgPermission, type UserActor } from "../../authz/index.ts";
import { ForbiddenError } from "../../errors/index.ts";
import { authorizeCommand, commandAudit } from "../load.ts";
import { NAME_MAX } from "../schema.ts";
import { loadRefs } from "../secret-refs.ts";
import { isSecretHeader, parseStoredHeaders, serializeHeaders, type StoredHeader } from "../stored-headers.ts";
import { syncCommandUsages } from "../usages.ts";
import type { DroppedHeader } from "../views.ts";

export type ForkResult = { id: string; name: string; dropped: DroppedHeader[] };

/**
 * A private copy for the actor. Rule 3: every personal secret of the original is dropped (the
 * header stays, marked as needing a secret, without the personal secret's name), and so is a
 * secret deleted since. Rule 1: the secrets the copy keeps must be usable by the actor.
 */
export async function forkCommand(
  actor: UserActor,
  commandId: string,
  opts: { request?: RequestInfo | null } = {},
): Promise<ForkResult> {
  const original = await authorizeCommand(actor, commandId, "fork", opts.request);
  if (!hasOrgPermission(actor.role, "commands.create")) throw new ForbiddenError("You cannot create quick commands.");
  const headers = parseStoredHeaders(original.headers);
  const ids = headers.filter(isSecretHeader).map((h) => h.secretId);
  const secrets = await db.secret.findMany({
    where: { id: { in: ids }, orgId: actor.orgId },
    select: { id: true, scope: true, ownerId: true, status: true },
  });
  const byId = new Map(secrets.map((s) => [s.id, s]));
  const dropped: DroppedHeader[] = [];
  const copy = headers.map((h): StoredHeader => {
    if (h.kind === "text") return h;
    const s = isSecretHeader(h) ? byId.get(h.secretId) : undefined;
    if (isSecretHeader(h) && s && s.scope !== "PERSONAL" && s.status !== "DELETED") return h;
    const personal = s?.scope === "PERSONAL";
    if (isSecretHeader(h)) dropped.push({ key: h.key, reason: personal ? "personal" : "deleted" });
    // A personal secret's name is not carried into the copy (not even the forker's own: the
    // copy is a new command); a deleted one's is, so the header says what it used.
    const keepName = !personal && h.secretName;
    return {
      kind: "secret",
      key: h.key,
      needsSecret: true,
      ...(keepName ? { secretName: h.secretName } : {}),
      ...(h.field ? { field: h.field } : {}),
    };
  });
  const kept = copy
    .filter(isSecretHeader)
    .map((h) => ({ key: h.key, secretId: h.secretId, field: h.field, clientName: h.secretName }));
  await loadRefs(actor, kept, () => true, { request: opts.request });
  const name = `${original.name} (fork)`.slice(0, NAME_MAX);
  return db.$transaction(async (tx) => {
    const command = await tx.quickCommand.create({
      data: {
        orgId: actor.orgId,
        ownerId: actor.userId,
        name,
        method: original.method,
        endpoint: original.endpoint,
        headers: serializeHeaders(copy),
        body: original.body,
        visibility: "PRIVATE",
        forkedFromId: original.id,
      },
      select: { id: true, name: true, orgId: true },
    });
    await syncCommandUsages(tx, actor, command, copy, { request: opts.request, isNew: () => true });
    const detail = { forkedFrom: original.id, droppedSecrets: dropped.length };
    await recordAudit(commandAudit(actor, command, "command.fork", { detail, request: opts.request }), tx);
    return { id: command.id, name: command.name, dropped };
  });
}
