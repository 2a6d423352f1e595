// The current value row (newest version) of each (secret, environment): its digest — a keyed
// hash that tells whether two values are equal without decrypting either — and whether its
// key material still exists. Never reads ciphertext.
import "server-only";
import { db, type Tx } from "../db/index.ts";

export type CurrentValue = { version: number; digest: string | null; destroyed: boolean };
/** secretId → environmentId → current value */
export type CurrentValues = Map<string, Map<string, CurrentValue>>;

const CHUNK = 900;

export async function currentValues(secretIds: readonly string[], environmentIds?: readonly string[], tx: Tx = db): Promise<CurrentValues> {
  const out: CurrentValues = new Map();
  for (let i = 0; i < secretIds.length; i += CHUNK) {
    const rows = await tx.secretValueVersion.findMany({
      where: { secretId: { in: secretIds.slice(i, i + CHUNK) }, ...(environmentIds ? { environmentId: { in: [...environmentIds] } } : {}) },
      select: { secretId: true, environmentId: true, version: true, digest: true, destroyedAt: true },
    });
    for (const r of rows) {
      let byEnv = out.get(r.secretId);
      if (!byEnv) out.set(r.secretId, (byEnv = new Map()));
      const seen = byEnv.get(r.environmentId);
      if (!seen || seen.version < r.version) byEnv.set(r.environmentId, { version: r.version, digest: r.digest, destroyed: r.destroyedAt !== null });
    }
  }
  return out;
}

/** True when both are set and their digests were made with the same key and are equal. */
export function sameValue(a: CurrentValue | undefined, b: CurrentValue | undefined): boolean {
  return !!a && !!b && !a.destroyed && !b.destroyed && !!a.digest && a.digest === b.digest;
}
