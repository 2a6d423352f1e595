// Verification of the audit log (`npm run audit:verify`): every chain record by record, and the
// chains against their signed checkpoints (in the database and in the exported file). What can
// be checked depends on what the verifier holds:
//   the public key: numbering, links, checkpoint signatures and numbering, and that every
//     checkpointed record is still there with the signed hash — truncation, deleted chains,
//     deleted records and checkpoints, rewritten checkpointed heads;
//   the master key as well: every keyed record's HMAC — an edited record, also when the later
//     hashes were recomputed (with plain SHA-256 or any key but the audit key).
import "server-only";
import type { KeyObject } from "node:crypto";
import type { Db } from "../db/index.ts";
import type { KeyProvider } from "../crypto/key-provider.ts";
import { getKeyProvider } from "../crypto/index.ts";
import { ConfigError } from "../env/index.ts";
import { auditConfig } from "./config.ts";
import { signingKeyId } from "./signing.ts";
import { verifyChain } from "./verify-chain.ts";
import { verifyCheckpoints } from "./verify-checkpoints.ts";
import type { VerifyReport } from "./verify-types.ts";

export type { AuditProblem, ChainSummary, ProblemKind, VerifyReport } from "./verify-types.ts";

export type VerifyOptions = {
  /** The master keys, to check each keyed record's HMAC; null: verify with the public key only. */
  keys: KeyProvider | null;
  /** Public keys of the checkpoint signers (several after a signing key change). */
  publicKeys: KeyObject[];
  /** The exported checkpoint file to compare the database with. */
  checkpointFile?: string | null;
  /** Walk only these chains (the checkpoints are checked in full either way); default: all. */
  chains?: string[];
};

/** The master keys when configured (null when none is), or an error in their configuration. */
export function configuredMasterKeys(): KeyProvider | null {
  try {
    return getKeyProvider();
  } catch (e) {
    if (e instanceof ConfigError && /No master key configured/.test(e.message)) return null;
    throw e;
  }
}

/** What this process is configured with: its master keys, its signing key's public key, its export file. */
export function configuredVerifyOptions(): VerifyOptions {
  const { signer, checkpointFile } = auditConfig();
  return { keys: configuredMasterKeys(), publicKeys: signer ? [signer.publicKey] : [], checkpointFile };
}

export async function verifyAuditChains(
  database: Db,
  opts: VerifyOptions = configuredVerifyOptions(),
): Promise<VerifyReport> {
  const publicKeys = new Map(opts.publicKeys.map((k) => [signingKeyId(k), k]));
  const cps = await verifyCheckpoints(database, publicKeys, opts.checkpointFile ?? null);
  const inDb = opts.chains ? [] : await database.auditEvent.findMany({ distinct: ["chain"], select: { chain: true } });
  const chains = opts.chains ?? [...new Set([...inDb.map((c) => c.chain), ...cps.anchors.keys()])].sort();
  const report: VerifyReport = {
    records: 0,
    chains: [],
    breaks: [...cps.breaks],
    checkpoints: cps.summary,
    notChecked: [],
    notes: cps.notes,
  };
  for (const chain of chains) {
    const { summary, breaks } = await verifyChain(database, chain, cps.anchors.get(chain) ?? [], opts.keys);
    report.records += summary.records;
    report.chains.push(summary);
    report.breaks.push(...breaks);
  }
  report.notChecked.push(...notChecked(report, opts));
  return report;
}

function notChecked(r: VerifyReport, opts: VerifyOptions): string[] {
  const out: string[] = [];
  const keyed = r.chains.reduce((n, c) => n + c.macChecked + c.macUnchecked, 0);
  const unchecked = r.chains.reduce((n, c) => n + c.macUnchecked, 0);
  if (!opts.keys && keyed > 0) {
    out.push(
      `Record contents (HMAC) of ${keyed} keyed record(s): no master key, so an edited record whose hashes were ` +
        "recomputed is not detected. Checked without it: numbering, links, checkpoints and their signatures.",
    );
  } else if (unchecked > 0) {
    const ids = [...new Set(r.chains.flatMap((c) => c.uncheckedKeyIds))].join(", ");
    out.push(
      `Record contents (HMAC) of ${unchecked} record(s) keyed with master key(s) ${ids}, ` +
        "which are not configured here.",
    );
  }
  const checkpoints = r.checkpoints.database + (r.checkpoints.file?.checkpoints ?? 0);
  if (opts.publicKeys.length === 0 && checkpoints > 0) {
    out.push(
      "Checkpoint signatures: no public key (give --public-key <file>, or configure STRONGROOM_AUDIT_SIGNING_KEY).",
    );
  }
  if (checkpoints === 0 && r.records > 0) {
    out.push(
      "Truncation and deleted chains: there are no checkpoints, so the log is not anchored " +
        "(configure STRONGROOM_AUDIT_SIGNING_KEY).",
    );
  } else if (!r.checkpoints.file) {
    out.push(
      "Deletion of the newest checkpoints together with the records after them: no exported checkpoint file given " +
        "(--checkpoint-file <file>, or STRONGROOM_AUDIT_CHECKPOINT_FILE).",
    );
  }
  const tails = r.chains.filter((c) => c.head > (c.anchor?.chainSeq ?? 0) && c.anchor);
  if (tails.length > 0) {
    const n = tails.reduce((sum, c) => sum + c.head - c.anchor!.chainSeq, 0);
    out.push(
      `Truncation of the ${n} record(s) after the newest checkpoint of ${tails.length} chain(s): ` +
        "they are protected by the HMAC chain only until the next checkpoint.",
    );
  }
  return out;
}
