import "server-only";
import type { Tx } from "../db/index.ts";
import { bulkInsert } from "../db/bulk-insert.ts";
import { timeOrderedId } from "../db/time-ordered-id.ts";
import type { SqlRunner } from "../db/driver.ts";
import { asSqlRunner } from "../db/prisma-sql.ts";
import { getKeyProvider } from "../crypto/index.ts";
import { appendCheckpoints } from "./checkpoint-write.ts";
import { checkpointDue, type ChainHead } from "./checkpoint-format.ts";
import { auditConfig } from "./config.ts";
import { auditHmac } from "./hash.ts";
import { chainedFields } from "./record.ts";
import type { AuditInput } from "./types.ts";

const COLUMNS = [
  "id",
  "chain",
  "seq",
  "orgId",
  "at",
  "actorType",
  "actorUserId",
  "actorTokenId",
  "actorLabel",
  "action",
  "secretId",
  "secretName",
  "personalOwnerId",
  "environmentId",
  "targetType",
  "targetId",
  "ip",
  "userAgent",
  "outcome",
  "detail",
  "prevHash",
  "hash",
  "keyId",
] as const;

export const CHAIN_TAIL = `SELECT "seq", "hash", "keyId" FROM "AuditEvent" WHERE "chain" = ? ORDER BY "seq" DESC LIMIT 1`;
type Tail = { seq: number; hash: string; keyId: string | null };

/**
 * Appends many records in the caller's transaction (Prisma's, or the raw driver's on the use
 * hot path): per chain one lock, one read of the last link and multi-row inserts, instead of
 * a round trip per record. Same chain rules as recordAudit. Records are MACed with the audit
 * key of the current master key (derived once per process); checkpoints that fall due are
 * written in the same transaction, after every chain's records.
 */
export async function recordAuditBatch(inputs: AuditInput[], tx: Tx | SqlRunner): Promise<void> {
  const sql = asSqlRunner(tx);
  const key = getKeyProvider().auditKey();
  const { signer, every } = auditConfig();
  const byChain = new Map<string, AuditInput[]>();
  for (const input of inputs) {
    const chain = input.orgId ?? "system";
    const list = byChain.get(chain) ?? [];
    list.push(input);
    byChain.set(chain, list);
  }
  const due: ChainHead[] = [];
  for (const [chain, list] of [...byChain].sort(([a], [b]) => a.localeCompare(b))) {
    const [row] = await sql.lockedQuery<{ seq: number | bigint; hash: string; keyId: string | null }>(
      `audit:${chain}`,
      CHAIN_TAIL,
      [chain],
    );
    const tail: Tail | null = row ? { seq: Number(row.seq), hash: row.hash, keyId: row.keyId } : null;
    let last: { seq: number; hash: string } | null = tail;
    const rows = list.map((input) => {
      const fields = chainedFields(input, last);
      const hash = auditHmac(fields, key);
      last = { seq: fields.seq, hash };
      return { id: timeOrderedId(), ...fields, hash, keyId: key.keyId };
    });
    await bulkInsert(sql, "AuditEvent", COLUMNS, rows);
    if (signer && checkpointDue(tail, last!.seq, every)) due.push({ chain, chainSeq: last!.seq, headHash: last!.hash });
  }
  if (due.length > 0) await appendCheckpoints(sql, due, signer!);
}
