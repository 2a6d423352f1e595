import "server-only";
import { db, type Tx } from "../db/index.ts";
import { GENESIS_HASH, type ChainedFields } from "./hash.ts";
import { currentRequestInfo } from "./current-request.ts";
import { recordAuditBatch } from "./record-batch.ts";
import type { AuditInput } from "./types.ts";

const MAX_TEXT = 512;
const clip = (v: string | null | undefined) => (v == null ? null : v.slice(0, MAX_TEXT));

/**
 * Appends one record to its organization's chain. Runs inside the caller's transaction when
 * given one (so the record commits or rolls back with the change it describes), otherwise in
 * its own. The append itself is recordAuditBatch's (lock, last link, insert). A record without
 * `request` (undefined, not null) gets the current request's address and user agent, if any.
 */
export async function recordAudit(given: AuditInput, tx?: Tx): Promise<void> {
  const input = given.request === undefined ? { ...given, request: await currentRequestInfo() } : given;
  if (tx) return recordAuditBatch([input], tx);
  await db.$transaction((t) => recordAuditBatch([input], t));
}

/** The chained fields of the record that follows `last` in the input's chain (null: the first). */
export function chainedFields(input: AuditInput, last: { seq: number; hash: string } | null): ChainedFields {
  const chain = input.orgId ?? "system";
  const actor = input.actor;
  return {
    chain,
    seq: (last?.seq ?? 0) + 1,
    // Millisecond precision: both databases store exactly this, so the hash verifies later.
    at: new Date(),
    orgId: input.orgId,
    actorType: actor.type,
    actorUserId: actor.type === "USER" ? actor.userId : null,
    actorTokenId: actor.type === "TOKEN" ? actor.tokenId : null,
    actorLabel: actor.label.slice(0, 256),
    action: input.action,
    secretId: input.secret?.id ?? null,
    secretName: input.secret?.name ?? null,
    personalOwnerId: input.secret?.personalOwnerId ?? null,
    environmentId: input.environmentId ?? null,
    targetType: input.target?.type ?? null,
    targetId: input.target?.id ?? null,
    ip: clip(input.request?.ip),
    userAgent: clip(input.request?.userAgent),
    outcome: input.outcome,
    detail: JSON.stringify(input.detail ?? {}),
    prevHash: last?.hash ?? GENESIS_HASH,
  };
}
