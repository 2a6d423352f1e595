// Upgrading to SecretValueHead (migration 20261206400000_value_heads): a database holding
// secrets written the way the previous release stored them (value rows only, no heads) keeps
// resolving every secret to its newest value once the migration has run — the migration
// backfills the heads. Runs on the database kind under test (SQLite, then PostgreSQL).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scopeKey } from "../../lib/secrets/scope.ts";
import { encryptPayload } from "../../lib/secrets/values.ts";
import { previousRelease, type PreviousRelease } from "../support/previous-release.ts";

const MIGRATION = "20261206400000_value_heads";
let prev: PreviousRelease;
const orgId = randomUUID();
const [prod, staging] = [randomUUID(), randomUUID()];
const at = new Date();

beforeAll(async () => {
  prev = await previousRelease(MIGRATION);
});
afterAll(async () => {
  await prev?.drop();
});

async function secret(name: string, version: number, status = "ACTIVE") {
  const id = randomUUID();
  await prev.run(
    `INSERT INTO "Secret" ("id", "orgId", "scope", "availability", "type", "name", "liveName", "scopeKey", "metadata", "status", "idleSince", "version", "createdAt", "updatedAt")
     VALUES (?, ?, 'ORGANIZATION', 'ORGANIZATION', 'API_KEY', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      orgId,
      name,
      status === "DELETED" ? null : name,
      scopeKey("ORGANIZATION", {}),
      JSON.stringify({ type: "API_KEY", headerName: "X-API-Key" }),
      status,
      at,
      version,
      at,
      at,
    ],
  );
  return id;
}

async function value(secretId: string, environmentId: string, version: number, plaintext: string) {
  const row = await encryptPayload({ value: plaintext }, { orgId, secretId, version, environmentId });
  await prev.run(
    `INSERT INTO "SecretValueVersion" ("id", "secretId", "environmentId", "version", "format", "ciphertext", "nonce", "tag", "wrappedKey", "masterKeyId", "digest", "createdAt")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      randomUUID(),
      secretId,
      environmentId,
      version,
      row.format,
      row.ciphertext,
      row.nonce,
      row.tag,
      row.wrappedKey,
      row.masterKeyId,
      row.digest,
      at,
    ],
  );
}

describe("an upgrade from the release before value heads", () => {
  it("keeps every secret resolving to its newest value", async () => {
    const tables = await prev.query<{ n: number | bigint }>(
      prev.url.startsWith("file:")
        ? `SELECT count(*) AS n FROM sqlite_master WHERE name = 'SecretValueHead'`
        : `SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'SecretValueHead'`,
    );
    expect(Number(tables[0]!.n)).toBe(0); // the previous release's schema
    await prev.run(
      `INSERT INTO "Organization" ("id", "name", "slug", "createdAt", "updatedAt") VALUES (?, 'Previous', ?, ?, ?)`,
      [orgId, `prev-${orgId}`, at, at],
    );
    for (const [id, name, position] of [
      [prod, "Production", 0],
      [staging, "Staging", 1],
    ] as const) {
      await prev.run(
        `INSERT INTO "Environment" ("id", "orgId", "name", "slug", "position", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?)`,
        [id, orgId, name, name.toLowerCase(), position, at, at],
      );
    }
    // Registered in two environments, then Production updated twice (versions 2 and 3).
    const updated = await secret("updated_twice", 3);
    await value(updated, prod, 1, "u-prod-1");
    await value(updated, staging, 1, "u-staging-1");
    await value(updated, prod, 2, "u-prod-2");
    await value(updated, prod, 3, "u-prod-3");
    const single = await secret("single", 1);
    await value(single, prod, 1, "s-prod-1");
    // Staging copied from Production as version 2, then Production rolled back (version 3).
    const copied = await secret("copied", 3);
    await value(copied, prod, 1, "c-prod-1");
    await value(copied, staging, 2, "c-prod-1");
    await value(copied, prod, 3, "c-prod-1-again");

    await prev.upgrade();

    const uses = [
      [updated, prod],
      [updated, staging],
      [single, prod],
      [single, staging],
      [copied, prod],
      [copied, staging],
    ] as const;
    const answers = prev.script<{ value?: string; error?: string }[]>("tests/support/resolve-values.ts", [
      JSON.stringify(
        uses.map(([secretId, environmentId]) => ({ orgId, userId: "upgrade-user", secretId, environmentId })),
      ),
    ]);
    expect(answers).toEqual([
      { value: "u-prod-3" },
      { value: "u-staging-1" },
      { value: "s-prod-1" },
      { error: "not_found" }, // no value in Staging, as before
      { value: "c-prod-1-again" },
      { value: "c-prod-1" },
    ]);

    const heads = await prev.query<{ secretId: string; environmentId: string; version: number | bigint }>(
      `SELECT "secretId", "environmentId", "version" FROM "SecretValueHead"`,
    );
    const headOf = (s: string, e: string) =>
      Number(heads.find((h) => h.secretId === s && h.environmentId === e)?.version);
    expect(heads).toHaveLength(5);
    expect([
      headOf(updated, prod),
      headOf(updated, staging),
      headOf(single, prod),
      headOf(copied, prod),
      headOf(copied, staging),
    ]).toEqual([3, 1, 1, 3, 2]);
  });
});
