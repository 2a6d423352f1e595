// What `npm run audit:verify` finds (lib/audit/verify.ts), as data for the report and tests.

/**
 * broken: a record is missing, unlinked or its hash does not verify; truncated: a chain ends
 * before a checkpoint; deleted-chain: a checkpointed chain has no records; checkpoint-mismatch:
 * a checkpointed record's hash is not the signed one; checkpoint-missing: a gap in the
 * checkpoints' numbering, or checkpoints of the exported file absent from the database;
 * checkpoint-invalid: altered, unlinked, badly or unknown-signed; file-mismatch: the exported
 * file disagrees with the database or is damaged.
 */
export type ProblemKind =
  | "broken"
  | "truncated"
  | "deleted-chain"
  | "checkpoint-mismatch"
  | "checkpoint-missing"
  | "checkpoint-invalid"
  | "file-mismatch";

export type AuditProblem = { kind: ProblemKind; chain?: string; seq?: number; checkpoint?: number; reason: string };

export type ChainAnchor = { checkpoint: number; chainSeq: number; headHash: string; at: Date };

export type ChainSummary = {
  chain: string;
  records: number;
  /** The last record number (0: none left). */
  head: number;
  /** Records of the legacy (unkeyed SHA-256) prefix. */
  legacy: number;
  /** Keyed records whose HMAC was checked / could not be (master key not available). */
  macChecked: number;
  macUnchecked: number;
  uncheckedKeyIds: string[];
  /** The newest checkpoint of the chain, if any. */
  anchor: ChainAnchor | null;
};

export type VerifyReport = {
  records: number;
  chains: ChainSummary[];
  breaks: AuditProblem[];
  checkpoints: {
    database: number;
    /** The exported file, when one was given (lines: checkpoints read from it). */
    file: { path: string; exists: boolean; checkpoints: number } | null;
    signaturesChecked: number;
    signers: string[];
  };
  /** What this run could not check, and why (plain sentences). */
  notChecked: string[];
  /** Facts worth knowing that are not problems. */
  notes: string[];
};
