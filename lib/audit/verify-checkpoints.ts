// Checks the checkpoints — their numbering, links and signatures, in the database and in the
// exported file — and answers the anchors each chain is then checked against (verify-chain.ts).
import "server-only";
import type { KeyObject } from "node:crypto";
import type { Db } from "../db/index.ts";
import { checkCheckpoint, sameCheckpoint, type Checkpoint, CHECKPOINT_GENESIS } from "./checkpoint-format.ts";
import { readCheckpointFile } from "./checkpoint-export.ts";
import type { AuditProblem, ChainAnchor, VerifyReport } from "./verify-types.ts";

const PAGE = 5000;

export type CheckpointFindings = {
  anchors: Map<string, ChainAnchor[]>;
  breaks: AuditProblem[];
  notes: string[];
  summary: VerifyReport["checkpoints"];
};

const range = (a: number, b: number) => (a === b ? `#${a}` : `#${a}–#${b}`);

/** Consecutive runs of sorted numbers as "#a–#b" ranges. */
function ranges(seqs: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < seqs.length;) {
    let j = i;
    while (j + 1 < seqs.length && seqs[j + 1] === seqs[j]! + 1) j++;
    out.push(range(seqs[i]!, seqs[j]!));
    i = j + 1;
  }
  return out.join(", ");
}

async function databaseCheckpoints(database: Db): Promise<Checkpoint[]> {
  const all: Checkpoint[] = [];
  for (let after = -1; ;) {
    const rows = await database.auditCheckpoint.findMany({
      where: { seq: { gt: after } },
      orderBy: { seq: "asc" },
      take: PAGE,
    });
    all.push(...rows);
    if (rows.length < PAGE) return all;
    after = rows.at(-1)!.seq;
  }
}

export async function verifyCheckpoints(
  database: Db,
  publicKeys: ReadonlyMap<string, KeyObject>,
  file: string | null,
): Promise<CheckpointFindings> {
  const breaks: AuditProblem[] = [];
  const notes: string[] = [];
  const signers = new Set<string>();
  let signaturesChecked = 0;
  const trusted = new Map<number, Checkpoint>();

  /** Hash and signature; answers whether the checkpoint may anchor a chain. */
  const check = (c: Checkpoint, where: string): boolean => {
    const result = checkCheckpoint(c, publicKeys);
    const at = { checkpoint: c.seq, chain: c.chain };
    if (result === "altered")
      breaks.push({
        kind: "checkpoint-invalid",
        ...at,
        reason: `checkpoint #${c.seq}${where} was altered: its hash does not match its fields`,
      });
    if (result === "bad-signature")
      breaks.push({
        kind: "checkpoint-invalid",
        ...at,
        reason: `checkpoint #${c.seq}${where}: the signature does not verify (forged or altered)`,
      });
    if (result === "unknown-signer")
      breaks.push({
        kind: "checkpoint-invalid",
        ...at,
        reason:
          `checkpoint #${c.seq}${where} is signed by key ${c.signKeyId}, ` + "which is not among the public keys given",
      });
    if (result === "ok") {
      signaturesChecked++;
      signers.add(c.signKeyId);
    }
    return result === "ok" || result === "unchecked";
  };

  const rows = await databaseCheckpoints(database);
  const bySeq = new Map(rows.map((c) => [c.seq, c]));
  let expected = 1;
  let prev: Checkpoint | undefined;
  const gaps: [number, number][] = [];
  for (const c of rows) {
    if (c.seq > expected) gaps.push([expected, c.seq - 1]);
    else if (c.prevHash !== (prev?.hash ?? CHECKPOINT_GENESIS)) {
      breaks.push({
        kind: "checkpoint-invalid",
        checkpoint: c.seq,
        chain: c.chain,
        reason: `checkpoint #${c.seq} does not link to the checkpoint before it`,
      });
    }
    if (check(c, "")) trusted.set(c.seq, c);
    prev = c;
    expected = c.seq + 1;
  }
  const dbMax = rows.at(-1)?.seq ?? 0;

  let fileSummary: VerifyReport["checkpoints"]["file"] = null;
  const fileSeqs = new Set<number>();
  if (file) {
    const read = await readCheckpointFile(file);
    fileSummary = { path: file, exists: read !== null, checkpoints: read?.checkpoints.length ?? 0 };
    if (!read) notes.push(`The checkpoint file ${file} does not exist (yet): nothing to compare the database with.`);
    for (const line of read?.invalidLines ?? []) {
      breaks.push({
        kind: "file-mismatch",
        reason: `line ${line} of the checkpoint file is not a checkpoint (damaged file)`,
      });
    }
    const seen = new Map<number, Checkpoint>();
    for (const c of read?.checkpoints ?? []) {
      const earlier = seen.get(c.seq);
      if (earlier) {
        if (!sameCheckpoint(earlier, c))
          breaks.push({
            kind: "file-mismatch",
            checkpoint: c.seq,
            reason: `the checkpoint file holds two different checkpoints #${c.seq}`,
          });
        continue;
      }
      seen.set(c.seq, c);
      fileSeqs.add(c.seq);
      const inDb = bySeq.get(c.seq);
      if (inDb && !sameCheckpoint(inDb, c)) {
        breaks.push({
          kind: "file-mismatch",
          checkpoint: c.seq,
          chain: c.chain,
          reason: `checkpoint #${c.seq} in the database differs from the exported copy`,
        });
        trusted.delete(c.seq);
      }
      if (check(c, " (exported file)") && !inDb) trusted.set(c.seq, c);
    }
    const newest = [...fileSeqs].filter((s) => s > dbMax).sort((a, b) => a - b);
    if (newest.length > 0) {
      breaks.push({
        kind: "checkpoint-missing",
        checkpoint: newest[0],
        reason:
          `checkpoint(s) ${ranges(newest)} are in the exported file but not in the database: ` +
          "the newest checkpoints were deleted",
      });
    }
    const unexported = rows.map((c) => c.seq).filter((s) => !fileSeqs.has(s));
    if (read && unexported.length > 0)
      notes.push(
        `Checkpoint(s) ${ranges(unexported)} are not in the exported file ` +
          "(exported shortly after they commit, and by the timed checkpoints).",
      );
  }
  for (const [a, b] of gaps) {
    const kept = Array.from({ length: b - a + 1 }, (_, i) => a + i).filter((s) => fileSeqs.has(s)).length;
    const copy = file ? ` (the exported file holds ${kept} of them)` : "";
    breaks.push({
      kind: "checkpoint-missing",
      checkpoint: a,
      reason: `checkpoint(s) ${range(a, b)} are missing from the database: deleted${copy}`,
    });
  }

  const anchors = new Map<string, ChainAnchor[]>();
  for (const c of [...trusted.values()].sort((x, y) => x.seq - y.seq)) {
    const list = anchors.get(c.chain) ?? [];
    list.push({ checkpoint: c.seq, chainSeq: c.chainSeq, headHash: c.headHash, at: c.at });
    anchors.set(c.chain, list);
  }
  for (const list of anchors.values()) list.sort((x, y) => x.chainSeq - y.chainSeq || x.checkpoint - y.checkpoint);
  return {
    anchors,
    breaks,
    notes,
    summary: { database: rows.length, file: fileSummary, signaturesChecked, signers: [...signers].sort() },
  };
}
