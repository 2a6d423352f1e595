// Timed and on-demand checkpoints: every chain whose head moved since its last checkpoint gets
// one (each chain in its own short transaction, holding its chain lock, so concurrent appends
// wait a moment at most). Idle chains get none.
import "server-only";
import { driverOf, type Db } from "../db/index.ts";
import { appendCheckpoints, lastCheckpointedSeq } from "./checkpoint-write.ts";
import type { Checkpoint } from "./checkpoint-format.ts";
import { requireAuditSigner } from "./config.ts";
import { CHAIN_TAIL } from "./record-batch.ts";

/** Every chain that can still grow: one per organization, and "system". */
async function liveChains(database: Db): Promise<string[]> {
  const orgs = await database.organization.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  return [...orgs.map((o) => o.id), "system"];
}

export async function checkpointMovedChains(database: Db, chains?: string[]): Promise<Checkpoint[]> {
  const signer = requireAuditSigner();
  const written: Checkpoint[] = [];
  for (const chain of chains ?? (await liveChains(database))) {
    const made = await driverOf(database).transaction(async (sql) => {
      const [tail] = await sql.lockedQuery<{ seq: number | bigint; hash: string }>(`audit:${chain}`, CHAIN_TAIL, [
        chain,
      ]);
      if (!tail || Number(tail.seq) === (await lastCheckpointedSeq(sql, chain))) return [];
      return appendCheckpoints(sql, [{ chain, chainSeq: Number(tail.seq), headHash: tail.hash }], signer);
    });
    written.push(...made);
  }
  return written;
}
