// The hash chain of audit records: each record's hash covers its fields and the previous
// record's hash, so editing or removing a record breaks every later link.
import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

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

export function auditHash(f: ChainedFields): string {
  const canonical = JSON.stringify([
    f.chain, f.seq, f.at.toISOString(), f.orgId, f.actorType, f.actorUserId, f.actorTokenId, f.actorLabel,
    f.action, f.secretId, f.secretName, f.personalOwnerId, f.environmentId, f.targetType, f.targetId,
    f.ip, f.userAgent, f.outcome, f.detail, f.prevHash,
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}
