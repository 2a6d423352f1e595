import "server-only";
import { db } from "../../db/index.ts";
import { recordAudit, type RequestInfo } from "../../audit/index.ts";
import type { UserActor } from "../../authz/index.ts";
import { authorizeCommand, commandAudit } from "../load.ts";
import { syncCommandUsages } from "../usages.ts";

/** Deletes a command and its references in "Where used" (each removal audited). */
export async function deleteCommand(
  actor: UserActor,
  commandId: string,
  opts: { request?: RequestInfo | null } = {},
): Promise<void> {
  const row = await authorizeCommand(actor, commandId, "delete", opts.request);
  await db.$transaction(async (tx) => {
    await syncCommandUsages(tx, actor, row, [], { request: opts.request, isNew: () => false });
    await tx.quickCommand.delete({ where: { id: row.id } });
    await recordAudit(
      commandAudit(actor, row, "command.delete", { detail: { visibility: row.visibility }, request: opts.request }),
      tx,
    );
  });
}
