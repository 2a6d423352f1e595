// Audit anchoring configuration, read once per process. Without a signing key the chains are
// still keyed (HMAC under the master key) but not anchored: no checkpoints are written, so
// cutting the newest records or deleting a whole chain cannot be detected. That is allowed (an
// existing installation keeps running after the upgrade) but warned about loudly, here at
// first use and by `npm run audit:verify`.
import "server-only";
import path from "node:path";
import { auditSigningKeySpec, ConfigError, env } from "../env/index.ts";
import { parseSigningKey, type AuditSigner } from "./signing.ts";

export type AuditConfig = {
  signer: AuditSigner | null;
  /** Absolute path of the JSON-lines copy of the checkpoints, or null. */
  checkpointFile: string | null;
  /** A checkpoint whenever a chain crosses a multiple of this many records. */
  every: number;
  /** Minutes between timed checkpoints of every chain that moved (0: no timer). */
  minutes: number;
};

let cached: AuditConfig | undefined;

export function auditConfig(): AuditConfig {
  if (cached) return cached;
  const e = env();
  const spec = auditSigningKeySpec();
  const file = e.STRONGROOM_AUDIT_CHECKPOINT_FILE;
  cached = {
    signer: spec ? parseSigningKey(spec) : null,
    checkpointFile: file ? path.resolve(file) : null,
    every: e.STRONGROOM_AUDIT_CHECKPOINT_EVERY,
    minutes: e.STRONGROOM_AUDIT_CHECKPOINT_MINUTES,
  };
  if (!cached.signer) warnUnanchored(e.NODE_ENV === "production");
  return cached;
}

/** The signing key, for what cannot work without one (on-demand checkpoints, printing its public key). */
export function requireAuditSigner(): AuditSigner {
  const { signer } = auditConfig();
  if (signer) return signer;
  throw new ConfigError(
    "No audit signing key is configured (STRONGROOM_AUDIT_SIGNING_KEY or STRONGROOM_AUDIT_SIGNING_KEY_FILE).",
  );
}

/** For tests: read the configuration again (after resetEnvCache). */
export function resetAuditConfigCache(): void {
  cached = undefined;
}

const UNANCHORED_WARNING = [
  "WARNING: THE AUDIT LOG IS NOT ANCHORED",
  "",
  "No STRONGROOM_AUDIT_SIGNING_KEY (or _FILE) is configured, so no signed",
  "checkpoints are written. Records are still keyed with the master key,",
  "but someone who can write the database can delete the newest records or",
  "a whole organization's log without `npm run audit:verify` noticing.",
  "Generate a key (Ed25519, PKCS#8 PEM) and configure it:",
  "  openssl genpkey -algorithm ed25519 -out audit-signing.key",
];

function warnUnanchored(loud: boolean) {
  if (!loud) {
    console.warn(
      "Audit log not anchored: STRONGROOM_AUDIT_SIGNING_KEY is not configured (no checkpoints are written).",
    );
    return;
  }
  const width = Math.max(...UNANCHORED_WARNING.map((l) => l.length)) + 2;
  const bar = "!".repeat(width + 4);
  console.warn(`\n${bar}\n${UNANCHORED_WARNING.map((l) => `! ${l.padEnd(width)} !`).join("\n")}\n${bar}\n`);
}
