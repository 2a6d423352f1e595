// The text of `npm run audit:verify` and its exit code: 0 no tampering found, 1 tampering found
// (2, could not verify at all, is the script's).
import type { ChainSummary, ProblemKind, VerifyReport } from "./verify-types.ts";

const LABELS: Record<ProblemKind, string> = {
  broken: "BROKEN",
  truncated: "TRUNCATED",
  "deleted-chain": "DELETED CHAIN",
  "checkpoint-mismatch": "REWRITTEN",
  "checkpoint-missing": "CHECKPOINT MISSING",
  "checkpoint-invalid": "BAD CHECKPOINT",
  "file-mismatch": "FILE MISMATCH",
};

function chainLine(c: ChainSummary): string {
  const parts = [`${c.records} record(s)`];
  if (c.legacy > 0) parts.push(`legacy (unkeyed SHA-256) prefix: records 1–${c.legacy}`);
  if (c.macChecked > 0) parts.push(`HMAC checked: ${c.macChecked}`);
  if (c.macUnchecked > 0) parts.push(`HMAC not checked: ${c.macUnchecked} (key ${c.uncheckedKeyIds.join(", ")})`);
  parts.push(
    c.anchor
      ? `anchored through record ${c.anchor.chainSeq} ` +
          `(checkpoint #${c.anchor.checkpoint}, ${c.anchor.at.toISOString()})`
      : "no checkpoint",
  );
  return `  ${c.chain}: ${parts.join("; ")}`;
}

export function formatVerifyReport(r: VerifyReport): { lines: string[]; exitCode: 0 | 1 } {
  const cp = r.checkpoints;
  const lines = [
    `Checked ${r.records} audit record(s) in ${r.chains.length} chain(s).`,
    `Checkpoints: ${cp.database} in the database` +
      (cp.file
        ? `, ${cp.file.exists ? `${cp.file.checkpoints} in ${cp.file.path}` : `${cp.file.path} does not exist`}`
        : "") +
      (cp.signaturesChecked > 0
        ? `; ${cp.signaturesChecked} signature(s) verified (key ${cp.signers.join(", ")})`
        : ""),
    "Chains:",
    ...r.chains.map(chainLine),
  ];
  if (r.notes.length > 0) lines.push("Notes:", ...r.notes.map((n) => `  - ${n}`));
  if (r.notChecked.length > 0) lines.push("Not checked:", ...r.notChecked.map((n) => `  - ${n}`));
  if (r.breaks.length === 0) {
    lines.push("Result: no tampering found in what was checked.");
    return { lines, exitCode: 0 };
  }
  lines.push(`PROBLEMS (${r.breaks.length}):`);
  for (const p of r.breaks) {
    const where = p.chain ? `chain ${p.chain}${p.kind === "broken" && p.seq ? `, record ${p.seq}` : ""}: ` : "";
    lines.push(`  ${LABELS[p.kind]}: ${where}${p.reason}`);
  }
  lines.push("Result: TAMPERING DETECTED.");
  return { lines, exitCode: 1 };
}
