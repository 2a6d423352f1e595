// Walks one chain in order: numbering, links, the legacy prefix, each keyed record's HMAC (when
// its master key is available), and the chain against its checkpoints.
import "server-only";
import type { Db } from "../db/index.ts";
import type { KeyProvider } from "../crypto/key-provider.ts";
import { auditHash, auditHmac, GENESIS_HASH } from "./hash.ts";
import type { AuditProblem, ChainAnchor, ChainSummary } from "./verify-types.ts";

const PAGE = 1000;

export async function verifyChain(
  database: Db,
  chain: string,
  anchors: ChainAnchor[],
  keys: KeyProvider | null,
): Promise<{ summary: ChainSummary; breaks: AuditProblem[] }> {
  const summary: ChainSummary = {
    chain,
    records: 0,
    head: 0,
    legacy: 0,
    macChecked: 0,
    macUnchecked: 0,
    uncheckedKeyIds: [],
    anchor: anchors.at(-1) ?? null,
  };
  const breaks: AuditProblem[] = [];
  const anchored = new Set(anchors.map((a) => a.chainSeq));
  const hashAt = new Map<number, string>();
  const unchecked = new Set<string>();
  let first: AuditProblem | undefined; // later breaks follow from the first one
  const broken = (seq: number, reason: string) => (first ??= { kind: "broken", chain, seq, reason });
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let keyedSeen = false;
  let cursor = -2_147_483_648; // the smallest Int: any record number
  for (;;) {
    const rows = await database.auditEvent.findMany({
      where: { chain, seq: { gt: cursor } },
      orderBy: { seq: "asc" },
      take: PAGE,
    });
    if (rows.length === 0) break;
    for (const row of rows) {
      summary.records++;
      if (row.seq !== expectedSeq) {
        const what =
          row.seq - expectedSeq === 1 ? `record ${expectedSeq} is` : `records ${expectedSeq}–${row.seq - 1} are`;
        broken(expectedSeq, row.seq > expectedSeq ? `${what} missing` : `record ${row.seq} is out of sequence`);
      } else if (row.prevHash !== prevHash) {
        broken(row.seq, `does not link to the previous record`);
      }
      if (row.keyId === null) {
        if (keyedSeen)
          broken(
            row.seq,
            "is unkeyed (plain SHA-256) but follows keyed records: it was rewritten without the audit key",
          );
        else if (auditHash(row) !== row.hash)
          broken(row.seq, "its content was changed (legacy SHA-256 does not match)");
        else summary.legacy++;
      } else {
        keyedSeen = true;
        if (keys?.hasKey(row.keyId)) {
          summary.macChecked++;
          if (auditHmac(row, keys.auditKey(row.keyId)) !== row.hash) {
            broken(
              row.seq,
              "HMAC mismatch: its content was changed, or the chain was recomputed without the audit key",
            );
          }
        } else {
          summary.macUnchecked++;
          unchecked.add(row.keyId);
        }
      }
      if (anchored.has(row.seq)) hashAt.set(row.seq, row.hash);
      prevHash = row.hash;
      expectedSeq = row.seq + 1;
      summary.head = row.seq;
    }
    cursor = rows.at(-1)!.seq;
  }
  if (first) breaks.push(first);
  summary.uncheckedKeyIds = [...unchecked].sort();
  breaks.push(...againstAnchors(summary, anchors, hashAt));
  return { summary, breaks };
}

const when = (a: ChainAnchor) => `checkpoint #${a.checkpoint} of ${a.at.toISOString()}`;

function againstAnchors(s: ChainSummary, anchors: ChainAnchor[], hashAt: Map<number, string>): AuditProblem[] {
  const last = anchors.at(-1);
  if (!last) return [];
  const { chain } = s;
  if (s.records === 0) {
    return [
      {
        kind: "deleted-chain",
        chain,
        checkpoint: last.checkpoint,
        reason: `has no records, but ${when(last)} covers records 1–${last.chainSeq}: the chain was deleted`,
      },
    ];
  }
  const breaks: AuditProblem[] = [];
  if (last.chainSeq > s.head) {
    const cut =
      last.chainSeq - s.head === 1 ? `record ${last.chainSeq} was` : `records ${s.head + 1}–${last.chainSeq} were`;
    breaks.push({
      kind: "truncated",
      chain,
      seq: s.head + 1,
      checkpoint: last.checkpoint,
      reason: `ends at record ${s.head}, but ${when(last)} covers record ${last.chainSeq}: ${cut} removed`,
    });
  }
  for (const a of anchors) {
    if (a.chainSeq > s.head) continue;
    const hash = hashAt.get(a.chainSeq);
    if (hash === undefined) {
      breaks.push({
        kind: "checkpoint-mismatch",
        chain,
        seq: a.chainSeq,
        checkpoint: a.checkpoint,
        reason: `record ${a.chainSeq}, covered by ${when(a)}, is missing`,
      });
    } else if (hash !== a.headHash) {
      breaks.push({
        kind: "checkpoint-mismatch",
        chain,
        seq: a.chainSeq,
        checkpoint: a.checkpoint,
        reason: `record ${a.chainSeq} does not match ${when(a)}: it was rewritten after it was checkpointed`,
      });
    }
  }
  return breaks;
}
