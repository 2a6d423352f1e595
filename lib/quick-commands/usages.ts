// Keeps "Where used" true for a command (PRODUCT.md §4): one reference per secret header
// ("header Authorization"), declared through lib/usage when added, renamed with the command,
// removed (and audited) when the header or the command goes. Runs inside the caller's
// transaction.
import "server-only";
import type { Tx } from "../db/index.ts";
import { recordAudit, type RequestInfo } from "../audit/index.ts";
import { secretAuditEvent, type Actor } from "../authz/index.ts";
import { declareUsage } from "../usage/index.ts";
import type { Scope } from "../domain/constants.ts";
import { isSecretHeader, usageLocation, type StoredHeader } from "./stored-headers.ts";

export const commandUrl = (id: string) => `/quick-commands/${id}`;

export async function syncCommandUsages(
  tx: Tx,
  actor: Actor,
  command: { id: string; name: string },
  headers: StoredHeader[],
  opts: { request?: RequestInfo | null; isNew: (secretId: string, location: string) => boolean },
): Promise<void> {
  const wanted = new Map(headers.filter(isSecretHeader).map((h) => [`${h.secretId}\0${usageLocation(h)}`, h]));
  const existing = await tx.usage.findMany({
    where: { consumerId: command.id },
    select: { id: true, secretId: true, location: true, consumerName: true },
  });
  const stale = existing.filter((u) => !wanted.has(`${u.secretId}\0${u.location}`));
  if (stale.length) {
    const secrets = await tx.secret.findMany({
      where: { id: { in: stale.map((u) => u.secretId) } },
      select: { id: true, name: true, orgId: true, scope: true, ownerId: true },
    });
    const byId = new Map(secrets.map((s) => [s.id, { ...s, scope: s.scope as Scope }]));
    await tx.usage.deleteMany({ where: { id: { in: stale.map((u) => u.id) } } });
    for (const u of stale) {
      const facts = byId.get(u.secretId);
      if (!facts) continue;
      const detail = { consumerKind: "QUICK_COMMAND", consumerName: u.consumerName, location: u.location };
      await recordAudit(
        secretAuditEvent(actor, facts, "usage.remove", {
          target: { type: "usage", id: u.id },
          detail,
          request: opts.request,
        }),
        tx,
      );
    }
  }
  const renamed = existing.filter((u) => u.consumerName !== command.name && wanted.has(`${u.secretId}\0${u.location}`));
  if (renamed.length)
    await tx.usage.updateMany({
      where: { id: { in: renamed.map((u) => u.id) } },
      data: { consumerName: command.name },
    });
  const have = new Set(existing.map((u) => `${u.secretId}\0${u.location}`));
  for (const [k, h] of wanted) {
    // A reference kept from before whose usage row went missing is not re-declared: the
    // editor may not be allowed to use that secret. New references were authorized already.
    if (have.has(k) || !opts.isNew(h.secretId, usageLocation(h))) continue;
    const input = {
      consumerKind: "QUICK_COMMAND" as const,
      consumerName: command.name,
      consumerUrl: commandUrl(command.id),
      location: usageLocation(h),
      consumerId: command.id,
    };
    await declareUsage(actor, h.secretId, input, { tx, request: opts.request });
  }
}
