import "server-only";
import { db, databaseKind, type Tx } from "../db/index.ts";
import { auditHash, GENESIS_HASH, type ChainedFields } from "./hash.ts";
import type { AuditInput } from "./types.ts";

const MAX_TEXT = 512;
const clip = (v: string | null | undefined) => (v == null ? null : v.slice(0, MAX_TEXT));

/**
 * Appends one record to its organization's chain. Runs inside the caller's transaction when
 * given one (so the record commits or rolls back with the change it describes), otherwise in
 * its own. Appends to one chain are serialized: on PostgreSQL by a transaction-scoped advisory
 * lock, on SQLite by its single writer.
 */
export async function recordAudit(input: AuditInput, tx?: Tx): Promise<void> {
  if (tx) return append(tx, input);
  await db.$transaction((t) => append(t, input));
}

async function append(tx: Tx, input: AuditInput): Promise<void> {
  const chain = input.orgId ?? "system";
  if (databaseKind() === "postgres") {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"audit:" + chain}))`;
  }
  const last = await tx.auditEvent.findFirst({
    where: { chain },
    orderBy: { seq: "desc" },
    select: { seq: true, hash: true },
  });
  const fields = chainedFields(input, last);
  await tx.auditEvent.create({ data: { ...fields, hash: auditHash(fields) } });
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
