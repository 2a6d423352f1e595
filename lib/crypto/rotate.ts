// Re-wraps the data keys of every live value version that is not under the current master
// key. Each row is updated with a compare-and-set on its old key id, so concurrent writes are
// safe and an interrupted run can simply be started again.
import type { Db } from "../db/index.ts";
import { digestValue } from "./digest.ts";
import { decryptValue, type EncryptedValue, rewrapValue } from "./envelope.ts";
import { DecryptionError } from "./errors.ts";
import type { KeyProvider } from "./key-provider.ts";

export type RotateOptions = { batchSize?: number; log?: (line: string) => void };
export type RotateResult = {
  /** Rows re-wrapped to the current key. */
  rotated: number;
  /** Rows changed or destroyed by someone else meanwhile. */
  skipped: number;
  /** Rows that could not be re-wrapped (unknown key, corrupted); left as they were. */
  failed: number;
  /** Live rows still under another key after the run. */
  remaining: number;
};

const stale = (current: string) => ({
  destroyedAt: null,
  AND: [{ masterKeyId: { not: null } }, { masterKeyId: { not: current } }],
});

export async function rotateMasterKeys(
  db: Db,
  provider: KeyProvider,
  options: RotateOptions = {},
): Promise<RotateResult> {
  const batchSize = options.batchSize ?? 500;
  const log = options.log ?? (() => {});
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError("batchSize must be a positive integer");
  const current = provider.currentKeyId();
  const result: RotateResult = { rotated: 0, skipped: 0, failed: 0, remaining: 0 };
  const total = await db.secretValueVersion.count({ where: stale(current) });
  log(`Re-wrapping ${total} value version(s) to master key ${current}.`);

  let cursor: string | undefined;
  for (;;) {
    // Paging by id (not offset) so rows that fail are passed over, not fetched again.
    const rows = await db.secretValueVersion.findMany({
      where: { ...stale(current), ...(cursor ? { id: { gt: cursor } } : {}) },
      orderBy: { id: "asc" },
      take: batchSize,
      select: {
        id: true,
        secretId: true,
        environmentId: true,
        version: true,
        format: true,
        ciphertext: true,
        nonce: true,
        tag: true,
        wrappedKey: true,
        masterKeyId: true,
        secret: { select: { orgId: true } },
      },
    });
    if (rows.length === 0) break;
    cursor = rows.at(-1)!.id;
    for (const row of rows) {
      const { ciphertext, nonce, tag, wrappedKey, masterKeyId } = row;
      if (!ciphertext || !nonce || !tag || !wrappedKey || !masterKeyId) {
        result.failed++;
        log(`  value version ${row.id}: encrypted fields are incomplete; left as is`);
        continue;
      }
      const enc: EncryptedValue = {
        format: row.format,
        ciphertext: Buffer.from(ciphertext),
        nonce: Buffer.from(nonce),
        tag: Buffer.from(tag),
        wrappedKey: Buffer.from(wrappedKey),
        masterKeyId,
      };
      const ctx = {
        orgId: row.secret.orgId,
        secretId: row.secretId,
        version: row.version,
        environmentId: row.environmentId,
      };
      let next: EncryptedValue;
      let digest: string;
      try {
        const plaintext = await decryptValue(enc, ctx, provider);
        try {
          digest = digestValue(plaintext, provider);
        } finally {
          plaintext.fill(0);
        }
        next = await rewrapValue(enc, ctx, provider);
      } catch (err) {
        if (!(err instanceof DecryptionError)) throw err;
        result.failed++;
        log(`  value version ${row.id}: ${err.message}; left as is`);
        continue;
      }
      const { count } = await db.secretValueVersion.updateMany({
        where: { id: row.id, masterKeyId, destroyedAt: null },
        data: { wrappedKey: new Uint8Array(next.wrappedKey), masterKeyId: next.masterKeyId, digest },
      });
      if (count === 1) result.rotated++;
      else result.skipped++;
    }
    log(`  ${result.rotated + result.skipped + result.failed}/${total} processed (${result.rotated} re-wrapped)`);
  }

  result.remaining = await db.secretValueVersion.count({ where: stale(current) });
  return result;
}
