// The hash chain of audit records: each record's hash covers its fields and the previous
// record's hash, so editing or removing a record breaks every later link. Records are keyed:
// HMAC-SHA-256 under the audit key derived from a master key (KeyProvider.auditKey), so that
// whoever can write the database but does not hold the master key cannot recompute the chain.
// Records written before keying (keyId null) carry a plain SHA-256: the chain's legacy prefix.
import { createHash, createHmac } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);
const KEYED_LABEL = "strongroom/audit/v2";

export type AuditKey = { keyId: string; key: Buffer };

export type ChainedFields = {
  chain: string;
  seq: number;
  at: Date;
  orgId: string | null;
  actorType: string;
  actorUserId: string | null;
  actorTokenId: string | null;
  actorLabel: string;
  action: string;
  secretId: string | null;
  secretName: string | null;
  personalOwnerId: string | null;
  environmentId: string | null;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  userAgent: string | null;
  outcome: string;
  detail: string;
  prevHash: string;
};

const fieldList = (f: ChainedFields) => [
  f.chain,
  f.seq,
  f.at.toISOString(),
  f.orgId,
  f.actorType,
  f.actorUserId,
  f.actorTokenId,
  f.actorLabel,
  f.action,
  f.secretId,
  f.secretName,
  f.personalOwnerId,
  f.environmentId,
  f.targetType,
  f.targetId,
  f.ip,
  f.userAgent,
  f.outcome,
  f.detail,
  f.prevHash,
];

/** The legacy (unkeyed) hash: SHA-256 of the fields. Only records written before keying carry it. */
export function auditHash(f: ChainedFields): string {
  return createHash("sha256")
    .update(JSON.stringify(fieldList(f)))
    .digest("hex");
}

/** The keyed hash: HMAC-SHA-256 of a version label, the key id and the fields. */
export function auditHmac(f: ChainedFields, k: AuditKey): string {
  return createHmac("sha256", k.key)
    .update(JSON.stringify([KEYED_LABEL, k.keyId, ...fieldList(f)]))
    .digest("hex");
}
