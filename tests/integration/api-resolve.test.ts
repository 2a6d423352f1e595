// POST /api/v1/secrets/{name}/resolve: headers and fields, no-store, marks used (reactivating an
// Inactive secret at once), audited as a use by the token — and fail closed: when the audit
// record cannot be written, no value leaves and nothing is marked.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, databaseKind } from "../../lib/db/index.ts";
import { verifyAuditChains } from "../../lib/audit/verify.ts";
import * as resolve from "../../app/api/v1/secrets/[name]/resolve/route.ts";
import { call, configureApi, tokenFor } from "../support/api.ts";
import { apiKeyInput, orgFixture, register, type OrgFixture } from "../support/org.ts";

let org: OrgFixture;
let token: string;
beforeAll(async () => {
  org = await orgFixture("resolve");
  token = await tokenFor(org, { permissions: ["resolve"] });
});
beforeEach(() => configureApi());

const run = (name: string, body: unknown = { environment: "production" }) =>
  call(resolve.POST, "POST", `/secrets/${name}/resolve`, {
    token,
    params: { name },
    body,
    headers: { "user-agent": "deploy-bot/1.0" },
  });

describe("resolve", () => {
  it("returns the headers and fields with Cache-Control: no-store, and audits the use by the token", async () => {
    const s = await register(org.actors.holder, apiKeyInput(org, "payments_key", "pk_live_1"));
    const res = await run("payments_key", {
      environment: "production",
      consumer: { kind: "AUTOMATION", name: "deploy" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.json).toEqual({
      secret: { id: s.id, name: "payments_key", type: "API_KEY" },
      environment: { id: org.environmentIds.Production, name: "Production", slug: "production" },
      headers: { "X-API-Key": "pk_live_1" },
      fields: { headerName: "X-API-Key", value: "pk_live_1" },
    });
    const use = await db.auditEvent.findFirstOrThrow({
      where: { orgId: org.orgId, action: "secret.use", secretId: s.id },
    });
    expect(use).toMatchObject({
      actorType: "TOKEN",
      outcome: "SUCCESS",
      environmentId: org.environmentIds.Production,
      userAgent: "deploy-bot/1.0",
    });
    expect(JSON.parse(use.detail).consumer).toEqual({ kind: "AUTOMATION", name: "deploy" });
    expect(use.detail + use.actorLabel).not.toContain("pk_live_1");
    expect((await db.secret.findUniqueOrThrow({ where: { id: s.id } })).lastUsedAt).not.toBeNull();
  });

  it("reactivates an Inactive secret at once and refuses an expired one with its date", async () => {
    const s = await register(org.actors.holder, apiKeyInput(org, "sleepy", "v"));
    await db.secret.update({
      where: { id: s.id },
      data: {
        status: "INACTIVE",
        inactiveSince: new Date(),
        deletionDueAt: new Date(Date.now() + 86400e3),
        lastUsedAt: new Date(),
      },
    });
    expect((await run("sleepy")).status).toBe(200);
    expect(await db.secret.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({
      status: "ACTIVE",
      deletionDueAt: null,
    });
    const e = await register(org.actors.holder, apiKeyInput(org, "old_key", "v"));
    await db.secret.update({ where: { id: e.id }, data: { expiresAt: new Date("2020-01-02T00:00:00Z") } });
    const expired = await run("old_key");
    expect([expired.status, expired.json.error.code, expired.json.error.message]).toEqual([
      409,
      "secret_expired",
      expect.stringContaining("2020-01-02"),
    ]);
  });

  it("commits concurrent uses together and keeps the chain intact", async () => {
    const s = await register(org.actors.holder, apiKeyInput(org, "busy_key", "v-busy"));
    const results = await Promise.all(Array.from({ length: 24 }, () => run("busy_key")));
    expect(results.every((r) => r.status === 200 && r.json.fields.value === "v-busy")).toBe(true);
    expect(await db.auditEvent.count({ where: { secretId: s.id, action: "secret.use", outcome: "SUCCESS" } })).toBe(24);
    const report = await verifyAuditChains(db);
    expect(report.breaks.filter((b) => b.chain === org.orgId)).toEqual([]);
    expect((await db.secret.findUniqueOrThrow({ where: { id: s.id } })).lastUsedAt).not.toBeNull();
  });

  it("fails closed: no value when the audit record cannot be written", async () => {
    const s = await register(org.actors.holder, apiKeyInput(org, "guarded", "must-not-leak"));
    await blockAuditInserts(org.orgId);
    try {
      const res = await run("guarded");
      expect(res.status).toBe(500);
      expect(res.json.error.code).toBe("internal");
      expect(res.text).not.toContain("must-not-leak");
      expect((await db.secret.findUniqueOrThrow({ where: { id: s.id } })).lastUsedAt).toBeNull();
    } finally {
      await unblockAuditInserts();
    }
    expect(await db.auditEvent.count({ where: { secretId: s.id, action: "secret.use" } })).toBe(0);
    expect((await run("guarded")).json.fields.value).toBe("must-not-leak");
  });
});

/** A real database refusal of this organization's "secret.use" records (a trigger). */
async function blockAuditInserts(orgId: string) {
  if (databaseKind() === "sqlite") {
    await db.$executeRawUnsafe(
      `CREATE TRIGGER it_block_audit BEFORE INSERT ON "AuditEvent" WHEN NEW."orgId" = '${orgId}' AND NEW."action" = 'secret.use' BEGIN SELECT RAISE(ABORT, 'audit unavailable'); END`,
    );
    return;
  }
  await db.$executeRawUnsafe(
    `CREATE OR REPLACE FUNCTION it_block_audit() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'audit unavailable'; END $$ LANGUAGE plpgsql`,
  );
  await db.$executeRawUnsafe(
    `CREATE TRIGGER it_block_audit BEFORE INSERT ON "AuditEvent" FOR EACH ROW WHEN (NEW."orgId" = '${orgId}' AND NEW."action" = 'secret.use') EXECUTE FUNCTION it_block_audit()`,
  );
}

async function unblockAuditInserts() {
  if (databaseKind() === "sqlite") {
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS it_block_audit`);
    return;
  }
  await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS it_block_audit ON "AuditEvent"`);
  await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS it_block_audit()`);
}
