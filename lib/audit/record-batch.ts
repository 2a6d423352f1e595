import "server-only";
import type { Tx } from "../db/index.ts";
import { bulkInsert } from "../db/bulk-insert.ts";
import { timeOrderedId } from "../db/time-ordered-id.ts";
import type { SqlRunner } from "../db/driver.ts";
import { asSqlRunner } from "../db/prisma-sql.ts";
import { auditHash } from "./hash.ts";
import { chainedFields } from "./record.ts";
import type { AuditInput } from "./types.ts";

const COLUMNS = [
  "id", "chain", "seq", "orgId", "at", "actorType", "actorUserId", "actorTokenId", "actorLabel", "action", "secretId",
  "secretName", "personalOwnerId", "environmentId", "targetType", "targetId", "ip", "userAgent", "outcome", "detail", "prevHash", "hash",
] as const;

/**
 * Appends many records in the caller's transaction (Prisma's, or the raw driver's on the use
 * hot path): per chain one lock, one read of the last link and multi-row inserts, instead of
 * a round trip per record. Same chain rules as recordAudit.
 */
export async function recordAuditBatch(inputs: AuditInput[], tx: Tx | SqlRunner): Promise<void> {
  const sql = asSqlRunner(tx);
  const byChain = new Map<string, AuditInput[]>();
  for (const input of inputs) {
    const chain = input.orgId ?? "system";
    const list = byChain.get(chain) ?? [];
    list.push(input);
    byChain.set(chain, list);
  }
  for (const [chain, list] of [...byChain].sort(([a], [b]) => a.localeCompare(b))) {
    const [tail] = await sql.lockedQuery<{ seq: number | bigint; hash: string }>(
      `audit:${chain}`,
      `SELECT "seq", "hash" FROM "AuditEvent" WHERE "chain" = ? ORDER BY "seq" DESC LIMIT 1`,
      [chain],
    );
    let last = tail ? { seq: Number(tail.seq), hash: tail.hash } : null;
    const rows = list.map((input) => {
      const fields = chainedFields(input, last);
      const hash = auditHash(fields);
      last = { seq: fields.seq, hash };
      return { id: timeOrderedId(), ...fields, hash };
    });
    await bulkInsert(sql, "AuditEvent", COLUMNS, rows);
  }
}
