import "server-only";
import { randomUUID } from "node:crypto";
import { databaseKind, type Tx } from "../db/index.ts";
import { bulkInsert } from "../db/bulk-insert.ts";
import { auditHash } from "./hash.ts";
import { chainedFields } from "./record.ts";
import type { AuditInput } from "./types.ts";

const COLUMNS = [
  "id", "chain", "seq", "orgId", "at", "actorType", "actorUserId", "actorTokenId", "actorLabel", "action", "secretId",
  "secretName", "personalOwnerId", "environmentId", "targetType", "targetId", "ip", "userAgent", "outcome", "detail", "prevHash", "hash",
] as const;

/**
 * Appends many records in the caller's transaction: per chain one lock, one read of the last
 * link and multi-row inserts, instead of a round trip per record (the lifecycle sweep records
 * thousands of transitions). Same chain rules as recordAudit.
 */
export async function recordAuditBatch(inputs: AuditInput[], tx: Tx): Promise<void> {
  const byChain = new Map<string, AuditInput[]>();
  for (const input of inputs) {
    const chain = input.orgId ?? "system";
    const list = byChain.get(chain) ?? [];
    list.push(input);
    byChain.set(chain, list);
  }
  for (const [chain, list] of [...byChain].sort(([a], [b]) => a.localeCompare(b))) {
    if (databaseKind() === "postgres") {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"audit:" + chain}))`;
    }
    let last = await tx.auditEvent.findFirst({ where: { chain }, orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
    const rows = list.map((input) => {
      const fields = chainedFields(input, last);
      const hash = auditHash(fields);
      last = { seq: fields.seq, hash };
      return { id: randomUUID(), ...fields, hash };
    });
    await bulkInsert(tx, "AuditEvent", COLUMNS, rows);
  }
}
