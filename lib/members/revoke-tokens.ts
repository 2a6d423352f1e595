import "server-only";
import type { Tx } from "../db/index.ts";
import { recordAuditBatch, type AuditActor, type RequestInfo } from "../audit/index.ts";
import { forgetToken } from "../api-tokens/token-cache.ts";

/**
 * Revokes (in the caller's transaction) the organization's live API tokens created by a user,
 * each audited as "token.revoke" with the reason; returns their ids.
 */
export async function revokeTokensCreatedBy(
  tx: Tx,
  orgId: string,
  userId: string,
  ctx: { now: Date; actor: AuditActor; reason: "member_removed" | "role_changed"; request?: RequestInfo | null },
): Promise<string[]> {
  const live = await tx.apiToken.findMany({
    where: { orgId, createdById: userId, revokedAt: null },
    select: { id: true, name: true, prefix: true },
  });
  if (live.length === 0) return [];
  const ids = live.map((t) => t.id);
  await tx.apiToken.updateMany({ where: { id: { in: ids }, revokedAt: null }, data: { revokedAt: ctx.now } });
  await recordAuditBatch(
    live.map((t) => ({
      orgId,
      actor: ctx.actor,
      action: "token.revoke",
      outcome: "SUCCESS" as const,
      target: { type: "api_token", id: t.id },
      detail: { name: t.name, prefix: t.prefix, reason: ctx.reason },
      request: ctx.request,
    })),
    tx,
  );
  return ids;
}

/** After the commit: this process's token cache forgets them, so the next request is refused. */
export function forgetRevokedTokens(ids: readonly string[]): void {
  for (const id of ids) forgetToken(id);
}
