// Appends checkpoints in the caller's transaction (Prisma's or the raw driver's). One lock for
// the numbering of all checkpoints, always taken after the chain locks (audit:<chain>), so
// that appends and timed checkpoints never wait on each other in a cycle. (So a transaction
// appends to several chains in one recordAuditBatch call, as every caller does, not in turns.)
import "server-only";
import { bulkInsert } from "../db/bulk-insert.ts";
import type { SqlRunner } from "../db/driver.ts";
import { makeCheckpoint, type ChainHead, type Checkpoint } from "./checkpoint-format.ts";
import { exportCheckpointsSoon } from "./checkpoint-export.ts";
import type { AuditSigner } from "./signing.ts";

const COLUMNS = ["seq", "chain", "chainSeq", "headHash", "at", "prevHash", "hash", "signKeyId", "signature"] as const;
const CHECKPOINT_LOCK = "audit-checkpoints";
const LAST = `SELECT "seq", "hash" FROM "AuditCheckpoint" ORDER BY "seq" DESC LIMIT 1`;
const LAST_OF_CHAIN = `SELECT "chainSeq" FROM "AuditCheckpoint" WHERE "chain" = ? ORDER BY "chainSeq" DESC LIMIT 1`;

export async function appendCheckpoints(
  sql: SqlRunner,
  heads: ChainHead[],
  signer: AuditSigner,
): Promise<Checkpoint[]> {
  if (heads.length === 0) return [];
  const [last] = await sql.lockedQuery<{ seq: number | bigint; hash: string }>(CHECKPOINT_LOCK, LAST, []);
  let prev = last ? { seq: Number(last.seq), hash: last.hash } : null;
  const at = new Date();
  const written = heads.map((head) => (prev = makeCheckpoint(prev, head, at, signer)));
  await bulkInsert(sql, "AuditCheckpoint", COLUMNS, written);
  exportCheckpointsSoon();
  return written;
}

/** The chain's newest checkpointed record number (0: none). Call with the chain's lock held. */
export async function lastCheckpointedSeq(sql: SqlRunner, chain: string): Promise<number> {
  const [row] = await sql.query<{ chainSeq: number | bigint }>(LAST_OF_CHAIN, [chain]);
  return row ? Number(row.chainSeq) : 0;
}
