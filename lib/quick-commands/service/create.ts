import "server-only";
import { db } from "../../db/index.ts";
import { recordAudit, type RequestInfo } from "../../audit/index.ts";
import { hasOrgPermission, type UserActor } from "../../authz/index.ts";
import { ForbiddenError } from "../../errors/index.ts";
import { commandAudit } from "../load.ts";
import { assertSameOrg, prepareCommand } from "../prepare.ts";
import type { CommandFormData } from "../schema.ts";
import { serializeHeaders } from "../stored-headers.ts";
import { syncCommandUsages } from "../usages.ts";

/** Creates a command owned by the actor. Rule 1: every secret it references must be usable by them. */
export async function createCommand(
  actor: UserActor,
  orgId: string,
  data: CommandFormData,
  opts: { request?: RequestInfo | null } = {},
): Promise<{ id: string; name: string }> {
  assertSameOrg(actor, orgId);
  if (!hasOrgPermission(actor.role, "commands.create")) throw new ForbiddenError("You cannot create quick commands.");
  const prepared = await prepareCommand(actor, data, [], opts);
  return db.$transaction(async (tx) => {
    const command = await tx.quickCommand.create({
      data: {
        orgId: actor.orgId,
        ownerId: actor.userId,
        workspaceId: prepared.workspaceId,
        name: data.name,
        method: data.method,
        endpoint: data.endpoint,
        headers: serializeHeaders(prepared.headers),
        body: data.body || null,
        visibility: data.visibility,
      },
      select: { id: true, name: true, orgId: true },
    });
    await syncCommandUsages(tx, actor, command, prepared.headers, { request: opts.request, isNew: prepared.isNew });
    const detail = { visibility: data.visibility, method: data.method, secrets: prepared.refs.length };
    await recordAudit(commandAudit(actor, command, "command.create", { detail, request: opts.request }), tx);
    return { id: command.id, name: command.name };
  });
}
