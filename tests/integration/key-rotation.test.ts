// Master key rotation on a live database: values written under the old key are re-wrapped in
// batches while new writes continue, and decrypt with the old key removed from configuration.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/index.ts";
import { getKeyProvider, resetKeyProviderCache, rotateMasterKeys } from "../../lib/crypto/index.ts";
import { resetEnvCache } from "../../lib/env/index.ts";
import { resolveSecret } from "../../lib/secrets/index.ts";
import { apiKeyInput, env, orgFixture, register } from "../support/org.ts";

const originalKeys = process.env.STRONGROOM_MASTER_KEYS!;
const originalCurrent = process.env.STRONGROOM_MASTER_KEY_CURRENT;

function configure(keys: string, current?: string) {
  process.env.STRONGROOM_MASTER_KEYS = keys;
  if (current) process.env.STRONGROOM_MASTER_KEY_CURRENT = current;
  else delete process.env.STRONGROOM_MASTER_KEY_CURRENT;
  resetEnvCache();
  resetKeyProviderCache();
}

afterAll(() => configure(originalKeys, originalCurrent));

describe("rotating the master key", () => {
  it("re-wraps every value, resumably, and the old key can then be removed", async () => {
    const [k1, k2] = originalKeys.split(",") as [string, string];
    configure(`${k1},${k2}`, k1.split(":")[0]);
    const org = await orgFixture("rot");
    const prod = env(org, "Production");
    const secrets = [];
    for (let i = 0; i < 7; i++)
      secrets.push(await register(org.actors.holder, apiKeyInput(org, `rot_${i}`, `value-${i}`)));
    const oldKeyId = k1.split(":")[0]!;
    expect(
      await db.secretValueVersion.count({
        where: { secretId: { in: secrets.map((s) => s.id) }, masterKeyId: oldKeyId },
      }),
    ).toBe(7);

    configure(`${k1},${k2}`); // the newest (last) key becomes current
    // A batch size smaller than the work, and a write under the new key meanwhile.
    const first = await rotateMasterKeys(db, getKeyProvider(), { batchSize: 3 });
    const extra = await register(org.actors.holder, apiKeyInput(org, "written_during_rotation", "fresh"));
    const again = await rotateMasterKeys(db, getKeyProvider(), { batchSize: 3 });
    expect(first.failed).toBe(0);
    expect(again.rotated).toBe(0);
    expect(await db.secretValueVersion.count({ where: { masterKeyId: oldKeyId, destroyedAt: null } })).toBe(0);

    configure(k2); // the old key is gone from configuration
    for (const [i, s] of secrets.entries()) {
      expect((await resolveSecret(org.actors.holder, s.id, prod)).headers["X-API-Key"]).toBe(`value-${i}`);
    }
    expect((await resolveSecret(org.actors.holder, extra.id, prod)).headers["X-API-Key"]).toBe("fresh");
  });

  it("refuses a value under a key that is not configured, without revealing anything", async () => {
    const org = await orgFixture("rot2");
    const s = await register(org.actors.holder, apiKeyInput(org, "orphan", "v"));
    await db.secretValueVersion.updateMany({ where: { secretId: s.id }, data: { masterKeyId: "gone" } });
    await expect(resolveSecret(org.actors.holder, s.id, env(org, "Production"))).rejects.toThrow(
      /could not be decrypted/,
    );
  });
});
