// API token lifecycle: create (shown once, stored hashed), use, expire, revoke (at once, even
// with the lookup cached), failed authentications audited, rate limits with Retry-After.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "../../lib/db/index.ts";
import { createApiToken, listApiTokens, revokeApiToken } from "../../lib/api-tokens/index.ts";
import { CHOOSE_ENVIRONMENTS_MESSAGE, createApiTokenSchema } from "../../lib/api-tokens/schema.ts";
import { hashApiToken } from "../../lib/api-tokens/token-format.ts";
import { ForbiddenError } from "../../lib/errors/index.ts";
import * as environments from "../../app/api/v1/environments/route.ts";
import { stampClientAddress } from "../../lib/http/client-address.mjs";
import { call, configureApi, tokenFor } from "../support/api.ts";
import { orgFixture, type OrgFixture } from "../support/org.ts";

let org: OrgFixture;
beforeAll(async () => {
  org = await orgFixture("tok");
});
beforeEach(() => configureApi());

const envs = (token: string | null, headers?: Record<string, string>) =>
  call(environments.GET, "GET", "/environments", { token, headers });
/** The headers the production server hands the route for a connection from `ip` (lib/http/client-address.mjs). */
function fromSocket(ip: string, headers: Record<string, string> = {}): Record<string, string> {
  const req = { socket: { remoteAddress: ip }, headers: { ...headers } as Record<string, string> };
  stampClientAddress(req, 0);
  return req.headers;
}
const failures = (where: object) =>
  db.auditEvent.findMany({ where: { action: "token.auth_failed", ...where }, orderBy: { at: "desc" } });

describe("API token lifecycle", () => {
  it("is created by Holders and Managers, shown once and stored only as its SHA-256", async () => {
    const data = createApiTokenSchema.parse({
      orgId: org.orgId,
      name: "ci deploy",
      permissions: ["read"],
      environmentIds: [],
      allEnvironments: true,
    });
    const created = await createApiToken(org.actors.manager, data);
    expect(created.token).toMatch(/^sr_[A-Za-z0-9_-]{12}_[A-Za-z0-9_-]{43}$/);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(hashApiToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token.slice(16));
    const listed = await listApiTokens(org.actors.holder);
    expect(listed.find((t) => t.id === created.id)).toMatchObject({
      name: "ci deploy",
      prefix: created.prefix,
      status: "Active",
      permissions: ["read"],
    });
    expect(JSON.stringify(listed)).not.toContain(created.token);
    const audit = await db.auditEvent.findFirst({
      where: { orgId: org.orgId, action: "token.create", targetId: created.id },
    });
    expect(audit).toMatchObject({ actorUserId: org.users.manager.id, outcome: "SUCCESS" });
    await expect(createApiToken(org.actors.member1, data)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("needs an explicit choice of environments: some of them, or All environments (stored as every one)", async () => {
    const base = { orgId: org.orgId, name: "explicit", permissions: ["resolve"] };
    const none = createApiTokenSchema.safeParse({ ...base, environmentIds: [] });
    expect(none.success).toBe(false);
    expect(none.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["environmentIds", CHOOSE_ENVIRONMENTS_MESSAGE],
    ]);
    // The server refuses it too, whatever reaches it past the form.
    const forged = { ...createApiTokenSchema.parse({ ...base, allEnvironments: true }), allEnvironments: false };
    await expect(createApiToken(org.actors.holder, forged)).rejects.toMatchObject({
      fieldErrors: { environmentIds: [CHOOSE_ENVIRONMENTS_MESSAGE] },
    });
    const all = await createApiToken(org.actors.holder, createApiTokenSchema.parse({ ...base, allEnvironments: true }));
    const some = await createApiToken(
      org.actors.holder,
      createApiTokenSchema.parse({ ...base, environmentIds: [org.environmentIds.Staging] }),
    );
    const rows = await db.apiToken.findMany({ where: { id: { in: [all.id, some.id] } }, orderBy: { name: "asc" } });
    expect(Object.fromEntries(rows.map((r) => [r.id, r.environmentIds]))).toEqual({
      [all.id]: "[]",
      [some.id]: JSON.stringify([org.environmentIds.Staging]),
    });
    const listed = await listApiTokens(org.actors.holder);
    expect(listed.find((t) => t.id === some.id)?.environmentNames).toEqual(["Staging"]);
  });

  it("authenticates, records the last use, and stops at its expiry", async () => {
    const token = await tokenFor(org);
    expect((await envs(token)).status).toBe(200);
    const row = await db.apiToken.findUniqueOrThrow({ where: { tokenHash: hashApiToken(token) } });
    await expect
      .poll(async () => (await db.apiToken.findUniqueOrThrow({ where: { id: row.id } })).lastUsedAt)
      .not.toBeNull();
    await db.apiToken.update({ where: { id: row.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    configureApi(); // the lookup cache lives a few seconds; expiry is checked on the row
    const res = await envs(token);
    expect(res.status).toBe(401);
    expect(res.json.error.code).toBe("unauthenticated");
    expect((await failures({ orgId: org.orgId, targetId: row.id }))[0]).toMatchObject({
      actorTokenId: row.id,
      outcome: "DENIED",
      detail: '{"reason":"expired"}',
    });
  });

  it("is refused at once after revocation, even while its lookup is cached", async () => {
    const token = await tokenFor(org);
    const row = await db.apiToken.findUniqueOrThrow({ where: { tokenHash: hashApiToken(token) } });
    expect((await envs(token)).status).toBe(200); // cached now
    await revokeApiToken(org.actors.holder, row.id);
    expect((await envs(token)).status).toBe(401);
    expect(await db.auditEvent.count({ where: { orgId: org.orgId, action: "token.revoke", targetId: row.id } })).toBe(
      1,
    );
    expect((await listApiTokens(org.actors.holder)).find((t) => t.id === row.id)?.status).toBe("Revoked");
  });

  it("audits unknown, malformed and missing tokens without an organization", async () => {
    const forged = `sr_${"A".repeat(12)}_${"B".repeat(43)}`;
    for (const t of [forged, "not-a-token", null]) expect((await envs(t)).status).toBe(401);
    const recent = await failures({ orgId: null });
    expect(recent.slice(0, 3).map((e) => JSON.parse(e.detail).reason)).toEqual(["missing", "malformed", "unknown"]);
    expect(recent[2]).toMatchObject({
      chain: "system",
      actorType: "ANONYMOUS",
      actorLabel: `unknown token (${"A".repeat(12)})`,
    });
    expect(JSON.stringify(recent.slice(0, 3))).not.toContain("B".repeat(43));
  });
});

describe("rate limits", () => {
  it("answers 429 with Retry-After per token", async () => {
    const token = await tokenFor(org);
    configureApi({ perToken: 1 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push(await envs(token));
    expect(statuses.map((r) => r.status)).toEqual([200, 200, 429]);
    expect(Number(statuses[2]!.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(statuses[2]!.json.error.code).toBe("rate_limited");
    // Another token is not affected.
    expect((await envs(await tokenFor(org))).status).toBe(200);
  });

  it("answers 429 per client address before looking at the token", async () => {
    configureApi({ perIp: 1 });
    const from = (ip: string, headers: Record<string, string> = {}) => envs(null, fromSocket(ip, headers));
    expect((await from("203.0.113.7")).status).toBe(401);
    expect((await from("203.0.113.7")).status).toBe(401);
    const limited = await from("203.0.113.7");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("1");
    expect((await from("203.0.113.8")).status).toBe(401);
  });

  it("counts a client by its connection, not by the X-Forwarded-For it sends (no trusted proxy)", async () => {
    configureApi({ perIp: 1 });
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await envs(null, fromSocket("203.0.113.9", { "x-forwarded-for": `198.51.100.${i}` }))).status);
    }
    expect(statuses).toEqual([401, 401, 429, 429]);
  });
});
