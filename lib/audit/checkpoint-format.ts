// A checkpoint anchors one chain's head: "chain C had N records, the last with hash H", signed
// with Ed25519. Checkpoints are numbered across all chains (seq) and linked (prevHash = the
// previous checkpoint's hash), so removing one leaves a gap, and every checkpoint is also
// appended to a file outside the database (checkpoint-export.ts) as the JSON line below.
import { createHash, type KeyObject } from "node:crypto";
import { z } from "zod";
import { signBytes, verifyBytes, type AuditSigner } from "./signing.ts";

export const CHECKPOINT_GENESIS = "0".repeat(64);
const LABEL = "strongroom/audit-checkpoint/v1";

export type ChainHead = { chain: string; chainSeq: number; headHash: string };

export type Checkpoint = ChainHead & {
  seq: number;
  at: Date;
  prevHash: string;
  /** SHA-256 of the payload (what the next checkpoint links to). */
  hash: string;
  signKeyId: string;
  /** Ed25519 over the payload, base64. */
  signature: string;
};

type Unsigned = Omit<Checkpoint, "hash" | "signature">;

/**
 * Whether an append that takes a chain from `tail` to record `newSeq` is checkpointed: when
 * the chain starts, when its first keyed record follows legacy ones (so that rewriting it all
 * as legacy shows), and whenever it crosses a multiple of `every` records. A counter check:
 * no read, no round trip.
 */
export function checkpointDue(
  tail: { seq: number; keyId: string | null } | null,
  newSeq: number,
  every: number,
): boolean {
  if (!tail || tail.keyId === null) return true;
  return Math.floor(newSeq / every) > Math.floor(tail.seq / every);
}

function checkpointPayload(c: Unsigned): Buffer {
  return Buffer.from(
    JSON.stringify([LABEL, c.seq, c.chain, c.chainSeq, c.headHash, c.at.toISOString(), c.prevHash, c.signKeyId]),
  );
}

export function makeCheckpoint(
  prev: { seq: number; hash: string } | null,
  head: ChainHead,
  at: Date,
  signer: AuditSigner,
): Checkpoint {
  const unsigned: Unsigned = {
    ...head,
    seq: (prev?.seq ?? 0) + 1,
    at,
    prevHash: prev?.hash ?? CHECKPOINT_GENESIS,
    signKeyId: signer.keyId,
  };
  const payload = checkpointPayload(unsigned);
  return {
    ...unsigned,
    hash: createHash("sha256").update(payload).digest("hex"),
    signature: signBytes(signer, payload),
  };
}

/** ok; altered (its hash does not match its fields); bad-signature; unknown-signer; unchecked (no public key given). */
export type CheckpointCheck = "ok" | "altered" | "bad-signature" | "unknown-signer" | "unchecked";

export function checkCheckpoint(c: Checkpoint, publicKeys: ReadonlyMap<string, KeyObject>): CheckpointCheck {
  const payload = checkpointPayload(c);
  if (createHash("sha256").update(payload).digest("hex") !== c.hash) return "altered";
  if (publicKeys.size === 0) return "unchecked";
  const key = publicKeys.get(c.signKeyId);
  if (!key) return "unknown-signer";
  return verifyBytes(key, payload, c.signature) ? "ok" : "bad-signature";
}

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const lineSchema = z.object({
  seq: z.number().int().positive(),
  chain: z.string().min(1).max(200),
  chainSeq: z.number().int().positive(),
  headHash: hex64,
  at: z.iso.datetime(),
  prevHash: hex64,
  hash: hex64,
  signKeyId: z.string().min(1).max(64),
  signature: z.string().min(1).max(200),
});

export function checkpointToJsonLine(c: Checkpoint): string {
  const { seq, chain, chainSeq, headHash, at, prevHash, hash, signKeyId, signature } = c;
  return (
    JSON.stringify({ seq, chain, chainSeq, headHash, at: at.toISOString(), prevHash, hash, signKeyId, signature }) +
    "\n"
  );
}

/** One line of the exported file, or null when it is not a checkpoint. */
export function checkpointFromJsonLine(line: string): Checkpoint | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  const parsed = lineSchema.safeParse(value);
  return parsed.success ? { ...parsed.data, at: new Date(parsed.data.at) } : null;
}

/** Same checkpoint (every signed field, the hash and the signature). */
export function sameCheckpoint(a: Checkpoint, b: Checkpoint): boolean {
  return checkpointToJsonLine(a) === checkpointToJsonLine(b);
}
