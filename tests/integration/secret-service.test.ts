// The storage core end to end on a real database: register, list, get, update with
// optimistic concurrency, copy between environments, versions and rollback, resolve with the
// status rules, and delete now.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/index.ts";
import { ConflictError, NotFoundError, UnusableSecretError, ValidationError } from "../../lib/errors/index.ts";
import {
  copyValue,
  deleteSecretNow,
  getSecret,
  listSecrets,
  listValueVersions,
  resolveSecret,
  rollbackValue,
  updateSecret,
} from "../../lib/secrets/index.ts";
import { parseSecretListQuery } from "../../lib/secrets/list-query.ts";
import { currentValues } from "../../lib/transfer/current-values.ts";
import { apiKeyInput, env, orgFixture, register, type OrgFixture } from "../support/org.ts";
import { DAY_MS } from "../../lib/time/days.ts";

let org: OrgFixture;
beforeAll(async () => {
  org = await orgFixture("svc");
});

describe("register", () => {
  it("stores one encrypted value per environment and never returns it from get", async () => {
    const s = await register(org.actors.holder, apiKeyInput(org, "stripe_api_key", "sk_live_123", {}, "sk_test_456"));
    const detail = await getSecret(org.actors.holder, s.id);
    expect(detail.name).toBe("stripe_api_key");
    expect(detail.metadata).toEqual({ type: "API_KEY", headerName: "X-API-Key" });
    expect(
      detail.environments
        .filter((e) => e.isSet)
        .map((e) => e.environmentName)
        .sort(),
    ).toEqual(["Production", "Staging"]);
    expect(JSON.stringify(detail)).not.toContain("sk_live_123");
  });
  it("refuses a name already used in the same storage location, case-sensitively", async () => {
    await register(org.actors.holder, apiKeyInput(org, "dup_name", "v1"));
    await expect(register(org.actors.manager, apiKeyInput(org, "dup_name", "v2"))).rejects.toBeInstanceOf(
      ConflictError,
    );
    await expect(register(org.actors.manager, apiKeyInput(org, "DUP_NAME", "v2"))).resolves.toBeTruthy();
    // The same name in another storage location is another secret.
    await expect(
      register(org.actors.member1, apiKeyInput(org, "dup_name", "v3", { scope: "PERSONAL", availability: undefined })),
    ).resolves.toBeTruthy();
  });
  it("refuses organization secrets from a member and unknown environments", async () => {
    await expect(register(org.actors.member1, apiKeyInput(org, "not_allowed", "v"))).rejects.toThrow(
      /cannot create secrets/,
    );
    const input = apiKeyInput(org, "bad_env", "v");
    (input.credential as { values: Record<string, unknown> }).values = { "no-such-env": { value: "v" } };
    await expect(register(org.actors.holder, input)).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("list", () => {
  it("filters, searches, sorts and pages in the database", async () => {
    const l = await orgFixture("list");
    for (const n of ["alpha_key", "beta_key", "gamma_token"])
      await register(l.actors.holder, apiKeyInput(l, n, `v-${n}`));
    const search = await listSecrets(l.actors.holder, parseSecretListQuery({ q: "key", sort: "name", dir: "desc" }));
    expect(search.rows.map((r) => r.name)).toEqual(["beta_key", "alpha_key"]);
    expect(search.total).toBe(2);
    const page2 = await listSecrets(l.actors.holder, parseSecretListQuery({ pageSize: "10", page: "2" }));
    expect(page2.rows).toEqual([]);
    expect(page2.total).toBe(3);
    const byType = await listSecrets(l.actors.holder, parseSecretListQuery({ type: "BASIC_AUTH" }));
    expect(byType.total).toBe(0);
  });
  it("shows an expired secret as Expired even before the sweep ran", async () => {
    const s = await register(
      org.actors.holder,
      apiKeyInput(org, "soon_expired", "v", { expiresAt: new Date(Date.now() + 3_600_000).toISOString() }),
    );
    const later = new Date(Date.now() + 7_200_000);
    const page = await listSecrets(
      org.actors.holder,
      parseSecretListQuery({ status: "EXPIRED", q: "soon_expired" }),
      later,
    );
    expect(page.rows.map((r) => [r.id, r.status])).toEqual([[s.id, "EXPIRED"]]);
  });
});

describe("update", () => {
  it("creates a new version and refuses an update based on a stale version", async () => {
    const s = await register(org.actors.holder, apiKeyInput(org, "versioned", "one"));
    const prod = env(org, "Production");
    const { version } = await updateSecret(org.actors.holder, {
      secretId: s.id,
      expectedVersion: 1,
      credential: { type: "API_KEY", headerName: "X-API-Key", values: { [prod]: { value: "two" } } },
    });
    expect(version).toBe(2);
    await expect(
      updateSecret(org.actors.manager, { secretId: s.id, expectedVersion: 1, description: "stale edit" }),
    ).rejects.toBeInstanceOf(ConflictError);
    const r = await resolveSecret(org.actors.holder, s.id, prod);
    expect(r.headers["X-API-Key"]).toBe("two");
    expect((await getSecret(org.actors.holder, s.id)).description).toBeNull();
  });
  it("lets exactly one of several concurrent updates on the same version win, with no gaps", async () => {
    const s = await register(org.actors.holder, apiKeyInput(org, "raced", "start"));
    const prod = env(org, "Production");
    const attempts = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) =>
        updateSecret(org.actors.holder, {
          secretId: s.id,
          expectedVersion: 1,
          credential: { type: "API_KEY", headerName: "X-API-Key", values: { [prod]: { value: `writer-${i}` } } },
        }),
      ),
    );
    const won = attempts.filter((a) => a.status === "fulfilled");
    expect(won).toHaveLength(1);
    for (const a of attempts) if (a.status === "rejected") expect(a.reason).toBeInstanceOf(ConflictError);
    const versions = await db.secretValueVersion.findMany({
      where: { secretId: s.id },
      select: { version: true },
      orderBy: { version: "asc" },
    });
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
  });
  it("keeps the name and type immutable", async () => {
    const s = await register(org.actors.holder, apiKeyInput(org, "immutable", "v"));
    await expect(
      updateSecret(org.actors.holder, {
        secretId: s.id,
        expectedVersion: 1,
        credential: { type: "BEARER_TOKEN", headerName: "Authorization", values: {} } as never,
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect((await getSecret(org.actors.holder, s.id)).name).toBe("immutable");
  });
});

describe("copy, versions and rollback", () => {
  it("copies Staging to Production and rolls Production back to its first value", async () => {
    const s = await register(org.actors.holder, apiKeyInput(org, "copy_me", "prod-1", {}, "staging-1"));
    const [prod, staging] = [env(org, "Production"), env(org, "Staging")];
    await copyValue(org.actors.holder, s.id, { fromEnvironmentId: staging, toEnvironmentId: prod, expectedVersion: 1 });
    expect((await resolveSecret(org.actors.holder, s.id, prod)).headers["X-API-Key"]).toBe("staging-1");
    const history = await listValueVersions(org.actors.holder, s.id);
    expect(history.filter((h) => h.environmentId === prod).map((h) => [h.version, h.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    await rollbackValue(org.actors.holder, s.id, { environmentId: prod, toVersion: 1, expectedVersion: 2 });
    expect((await resolveSecret(org.actors.holder, s.id, prod)).headers["X-API-Key"]).toBe("prod-1");
  });
});

describe("resolve", () => {
  it("marks the secret used and reactivates an Inactive one", async () => {
    const s = await register(org.actors.holder, apiKeyInput(org, "sleepy", "v"));
    await db.secret.update({
      where: { id: s.id },
      data: { status: "INACTIVE", inactiveSince: new Date(), deletionDueAt: new Date(Date.now() + DAY_MS) },
    });
    await resolveSecret(org.actors.member1, s.id, env(org, "Production"));
    const row = await db.secret.findUniqueOrThrow({ where: { id: s.id } });
    expect(row.status).toBe("ACTIVE");
    expect(row.deletionDueAt).toBeNull();
    expect(row.lastUsedAt).not.toBeNull();
    const uses = await db.auditEvent.count({ where: { secretId: s.id, action: "secret.use", outcome: "SUCCESS" } });
    expect(uses).toBe(1);
  });
  it("refuses an expired secret, naming the date", async () => {
    const s = await register(
      org.actors.holder,
      apiKeyInput(org, "old_key", "v", { expiresAt: "2030-01-31T00:00:00.000Z" }),
    );
    const after = new Date("2030-02-01T00:00:00Z");
    await expect(resolveSecret(org.actors.holder, s.id, env(org, "Production"), { now: after })).rejects.toThrow(
      /expired on 2030-01-31/,
    );
  });
  it("refuses a secret scheduled for deletion", async () => {
    const s = await register(org.actors.holder, apiKeyInput(org, "going_away", "v"));
    await db.secret.update({
      where: { id: s.id },
      data: { status: "SCHEDULED_FOR_DELETION", deletionDueAt: new Date("2031-03-01T00:00:00Z") },
    });
    await expect(resolveSecret(org.actors.holder, s.id, env(org, "Production"))).rejects.toBeInstanceOf(
      UnusableSecretError,
    );
  });
  it("says plainly when an environment has no value", async () => {
    const s = await register(org.actors.holder, apiKeyInput(org, "prod_only", "v"));
    await expect(resolveSecret(org.actors.holder, s.id, env(org, "Development"))).rejects.toThrow(
      /no value in that environment/,
    );
  });
  it("builds the headers of each header-based type", async () => {
    const prod = env(org, "Production");
    const bearer = await register(org.actors.holder, {
      orgId: org.orgId,
      scope: "ORGANIZATION",
      availability: "ORGANIZATION",
      name: "gh_token",
      credential: { type: "BEARER_TOKEN", headerName: "Authorization", values: { [prod]: { token: "ghp_abc" } } },
    } as never);
    const basic = await register(org.actors.holder, {
      orgId: org.orgId,
      scope: "ORGANIZATION",
      availability: "ORGANIZATION",
      name: "basic_login",
      credential: { type: "BASIC_AUTH", username: "svc", values: { [prod]: { password: "pw" } } },
    } as never);
    expect((await resolveSecret(org.actors.holder, bearer.id, prod)).headers).toEqual({
      Authorization: "Bearer ghp_abc",
    });
    expect((await resolveSecret(org.actors.holder, basic.id, prod)).headers).toEqual({
      Authorization: `Basic ${Buffer.from("svc:pw").toString("base64")}`,
    });
  });
});

describe("a value changed behind the app's back (a writer with access to the database)", () => {
  const api = (org: OrgFixture, value: string) =>
    ({ type: "API_KEY", headerName: "X-API-Key", values: { [env(org, "Production")]: { value } } }) as const;
  async function twoVersions(name: string) {
    const s = await register(org.actors.holder, apiKeyInput(org, name, "first"));
    await updateSecret(org.actors.holder, {
      secretId: s.id,
      expectedVersion: 1,
      credential: api(org, "second"),
    } as never);
    expect((await resolveSecret(org.actors.holder, s.id, env(org, "Production"))).headers["X-API-Key"]).toBe("second");
    return s;
  }
  const failures = (secretId: string) =>
    db.auditEvent.findMany({ where: { secretId, action: "secret.use", outcome: "FAILURE" }, select: { detail: true } });

  it("refuses the previous version once the newest row is deleted (no silent rollback), and audits it", async () => {
    const s = await twoVersions("rolled_back");
    await db.$executeRawUnsafe(`DELETE FROM "SecretValueVersion" WHERE "secretId" = '${s.id}' AND "version" = 2`);
    const use = resolveSecret(org.actors.holder, s.id, env(org, "Production"));
    await expect(use).rejects.toMatchObject({ code: "value_integrity_failed" });
    await expect(use).rejects.toThrow(
      `The stored value of "rolled_back" is not its current version, so it was not used.`,
    );
    expect((await failures(s.id)).map((f) => JSON.parse(f.detail).reason)).toEqual(["value_not_current"]);
    // Copying it to another environment decrypts it too: refused the same way.
    const copy = copyValue(org.actors.holder, s.id, {
      fromEnvironmentId: env(org, "Production"),
      toEnvironmentId: env(org, "Staging"),
      expectedVersion: 2,
    });
    await expect(copy).rejects.toMatchObject({ code: "value_integrity_failed" });
  });

  it("refuses a row newer than the current version, added without its head", async () => {
    const s = await twoVersions("pushed_ahead");
    const v2 = await db.secretValueVersion.findFirstOrThrow({ where: { secretId: s.id, version: 2 } });
    const { id: _id, createdAt: _at, ...copy } = v2;
    await db.secretValueVersion.create({ data: { ...copy, version: 3 } });
    await expect(resolveSecret(org.actors.holder, s.id, env(org, "Production"))).rejects.toMatchObject({
      code: "value_integrity_failed",
    });
    expect((await failures(s.id)).map((f) => JSON.parse(f.detail).reason)).toEqual(["value_not_current"]);
  });

  it("shows the head's version as current everywhere: detail, history, copy matrix and import plan", async () => {
    const prod = env(org, "Production");
    const ahead = await twoVersions("shown_ahead");
    const v2 = await db.secretValueVersion.findFirstOrThrow({ where: { secretId: ahead.id, version: 2 } });
    const { id: _id, createdAt: _at, ...copy } = v2;
    await db.secretValueVersion.create({ data: { ...copy, version: 3 } });
    const back = await twoVersions("shown_back");
    await db.$executeRawUnsafe(`DELETE FROM "SecretValueVersion" WHERE "secretId" = '${back.id}' AND "version" = 2`);

    const shown = async (id: string) => {
      const detail = (await getSecret(org.actors.holder, id)).environments.find((e) => e.environmentId === prod)!;
      const versions = await listValueVersions(org.actors.holder, id);
      const history = versions.filter((v) => v.environmentId === prod && v.current);
      const transfer = (await currentValues([id], [prod])).get(id)?.get(prod);
      return {
        detail: [detail.version, detail.isSet, detail.changedAt?.getTime() ?? null],
        history: history.map((v) => v.version),
        transfer: [transfer?.version, transfer?.destroyed],
      };
    };
    // The row added without its head is not current; the head's row is.
    const changedAt = v2.createdAt.getTime();
    expect(await shown(ahead.id)).toEqual({ detail: [2, true, changedAt], history: [2], transfer: [2, false] });
    // The head's row is gone: version 2 is current and has no value (a use refuses it too).
    expect(await shown(back.id)).toEqual({ detail: [2, false, null], history: [], transfer: [2, true] });
  });

  it("keeps the head on every value write: update, copy, rollback, another environment", async () => {
    const s = await register(org.actors.holder, apiKeyInput(org, "heads_kept", "p1", {}, "s1"));
    const [prod, staging] = [env(org, "Production"), env(org, "Staging")];
    const heads = async () =>
      Object.fromEntries(
        (await db.secretValueHead.findMany({ where: { secretId: s.id } })).map((h) => [
          h.environmentId === prod ? "prod" : "staging",
          h.version,
        ]),
      );
    expect(await heads()).toEqual({ prod: 1, staging: 1 });
    await updateSecret(org.actors.holder, { secretId: s.id, expectedVersion: 1, credential: api(org, "p2") } as never);
    await copyValue(org.actors.holder, s.id, { fromEnvironmentId: prod, toEnvironmentId: staging, expectedVersion: 2 });
    expect(await heads()).toEqual({ prod: 2, staging: 3 });
    await rollbackValue(org.actors.holder, s.id, { environmentId: prod, toVersion: 1, expectedVersion: 3 });
    expect(await heads()).toEqual({ prod: 4, staging: 3 });
    expect((await resolveSecret(org.actors.holder, s.id, prod)).headers["X-API-Key"]).toBe("p1");
    expect((await resolveSecret(org.actors.holder, s.id, staging)).headers["X-API-Key"]).toBe("p2");
    // A failed compare-and-set writes neither a row nor a head.
    await expect(
      updateSecret(org.actors.holder, { secretId: s.id, expectedVersion: 1, credential: api(org, "stale") } as never),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await heads()).toEqual({ prod: 4, staging: 3 });
  });
});

describe("delete now", () => {
  it("destroys every version's key material and keeps a tombstone; the name becomes free", async () => {
    const s = await register(org.actors.holder, apiKeyInput(org, "shred_me", "v1", {}, "v2"));
    await deleteSecretNow(org.actors.holder, s.id);
    const rows = await db.secretValueVersion.findMany({ where: { secretId: s.id } });
    expect(rows.length).toBe(2);
    for (const r of rows) {
      expect([r.ciphertext, r.nonce, r.tag, r.wrappedKey, r.masterKeyId, r.digest]).toEqual([
        null,
        null,
        null,
        null,
        null,
        null,
      ]);
      expect(r.destroyedAt).not.toBeNull();
    }
    const tomb = await db.secret.findUniqueOrThrow({ where: { id: s.id } });
    expect([tomb.status, tomb.liveName, tomb.purgeAt !== null]).toEqual(["DELETED", null, true]);
    await expect(resolveSecret(org.actors.holder, s.id, env(org, "Production"))).rejects.toBeInstanceOf(NotFoundError);
    await expect(register(org.actors.holder, apiKeyInput(org, "shred_me", "new"))).resolves.toBeTruthy();
  });
});
