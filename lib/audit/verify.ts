import "server-only";
import type { Db } from "../db/index.ts";
import { auditHash, GENESIS_HASH } from "./hash.ts";

export type ChainBreak = { chain: string; seq: number; reason: string };
export type VerifyReport = { chains: number; records: number; breaks: ChainBreak[] };

const PAGE = 1000;

/** Walks every chain in order and reports the first broken link of each. */
export async function verifyAuditChains(database: Db): Promise<VerifyReport> {
  const chains = await database.auditEvent.findMany({ distinct: ["chain"], select: { chain: true } });
  const report: VerifyReport = { chains: chains.length, records: 0, breaks: [] };
  for (const { chain } of chains) {
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    let broken: ChainBreak | undefined;
    let cursor = 0;
    while (!broken) {
      const rows = await database.auditEvent.findMany({ where: { chain, seq: { gt: cursor } }, orderBy: { seq: "asc" }, take: PAGE });
      if (rows.length === 0) break;
      for (const row of rows) {
        report.records++;
        if (row.seq !== expectedSeq) broken = { chain, seq: expectedSeq, reason: `record ${expectedSeq} is missing` };
        else if (row.prevHash !== prevHash) broken = { chain, seq: row.seq, reason: "does not link to the previous record" };
        else if (auditHash(row) !== row.hash) broken = { chain, seq: row.seq, reason: "its content was changed" };
        if (broken) break;
        prevHash = row.hash;
        expectedSeq++;
      }
      cursor = rows[rows.length - 1]!.seq;
    }
    if (broken) report.breaks.push(broken);
  }
  return report;
}
