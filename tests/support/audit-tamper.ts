// What someone who can write the database (but holds neither the master key nor the signing
// key) does to the audit log, for tests/integration/audit-attacks.test.ts.
import { createHmac, randomBytes } from "node:crypto";
import { db } from "../../lib/db/index.ts";
import { auditHash, GENESIS_HASH, type ChainedFields } from "../../lib/audit/hash.ts";

export const chainRows = (chain: string) => db.auditEvent.findMany({ where: { chain }, orderBy: { seq: "asc" } });

type Rehash = (fields: ChainedFields, keyId: string | null) => { hash: string; keyId: string | null };

/** Plain SHA-256, the record still claiming its key id. */
export const sha256KeepingKeyId: Rehash = (f, keyId) => ({ hash: auditHash(f), keyId });
/** Plain SHA-256, the record passed off as a legacy (unkeyed) one. */
export const sha256AsLegacy: Rehash = (f) => ({ hash: auditHash(f), keyId: null });
/** HMAC-SHA-256 of the record's fields and key id under a key of the attacker's own. */
export function hmacWithWrongKey(): Rehash {
  const key = randomBytes(32);
  return (f, keyId) => ({
    hash: createHmac("sha256", key)
      .update(JSON.stringify([keyId, f]))
      .digest("hex"),
    keyId,
  });
}

/** Changes the actor of record `seq` and recomputes its hash and every later one with `rehash`. */
export async function editAndRecompute(chain: string, seq: number, rehash: Rehash): Promise<void> {
  const rows = await chainRows(chain);
  let prevHash = rows[seq - 2]?.hash ?? GENESIS_HASH;
  for (const row of rows.slice(seq - 1)) {
    const actorLabel = row.seq === seq ? "someone-else@example.test" : row.actorLabel;
    const { hash, keyId } = rehash({ ...row, actorLabel, prevHash }, row.keyId);
    await db.auditEvent.update({ where: { id: row.id }, data: { actorLabel, prevHash, hash, keyId } });
    prevHash = hash;
  }
}
