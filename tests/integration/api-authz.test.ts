// Every /api/v1 endpoint through the same authorization layer as the portal: a token of
// organization A can do nothing in B (404, as for anything it may not see); read tokens cannot
// write (403); environment limits hold; workspace tokens stay in their workspace.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "../../lib/db/index.ts";
import { declareUsage } from "../../lib/usage/index.ts";
import * as secrets from "../../app/api/v1/secrets/route.ts";
import * as secret from "../../app/api/v1/secrets/[name]/route.ts";
import * as resolve from "../../app/api/v1/secrets/[name]/resolve/route.ts";
import * as copy from "../../app/api/v1/secrets/[name]/copy/route.ts";
import * as usages from "../../app/api/v1/secrets/[name]/usages/route.ts";
import * as usageSearch from "../../app/api/v1/usages/route.ts";
import * as usage from "../../app/api/v1/usages/[usageId]/route.ts";
import { call, configureApi, tokenFor } from "../support/api.ts";
import { apiKeyInput, env, orgFixture, register, type OrgFixture } from "../support/org.ts";

let a: OrgFixture;
let b: OrgFixture;
let bUsageId: string;
beforeAll(async () => {
  [a, b] = [await orgFixture("api-a"), await orgFixture("api-b")];
  await register(a.actors.holder, apiKeyInput(a, "shared_name", "a-prod", {}, "a-staging"));
  const bSecret = await register(b.actors.holder, apiKeyInput(b, "b_only", "b-value"));
  await register(b.actors.holder, apiKeyInput(b, "shared_name", "b-value"));
  bUsageId = (
    await declareUsage(b.actors.holder, bSecret.id, {
      consumerKind: "AGENT",
      consumerName: "b-agent",
      location: "header X",
    })
  ).id;
});
beforeEach(() => configureApi());

const name = (n: string) => ({ params: { name: n } });
const declare = { consumerKind: "AUTOMATION", consumerName: "job", location: "env KEY" };

/** Every operation on the secret `n`, with a body that would be valid. */
function everyOperation(token: string, n: string) {
  return {
    get: () => call(secret.GET, "GET", `/secrets/${n}`, { token, ...name(n) }),
    patch: () =>
      call(secret.PATCH, "PATCH", `/secrets/${n}`, {
        token,
        ...name(n),
        body: { expectedVersion: 1, description: "x" },
      }),
    resolve: () =>
      call(resolve.POST, "POST", `/secrets/${n}/resolve`, { token, ...name(n), body: { environment: "production" } }),
    copy: () =>
      call(copy.POST, "POST", `/secrets/${n}/copy`, {
        token,
        ...name(n),
        body: { from: "production", to: "development", expectedVersion: 1 },
      }),
    listUsages: () => call(usages.GET, "GET", `/secrets/${n}/usages`, { token, ...name(n) }),
    declare: () => call(usages.POST, "POST", `/secrets/${n}/usages`, { token, ...name(n), body: declare }),
  };
}

describe("cross-organization", () => {
  it("a token of A finds nothing of B: 404 on every operation, B absent from lists", async () => {
    const token = await tokenFor(a);
    for (const [op, run] of Object.entries(everyOperation(token, "b_only"))) {
      const res = await run();
      expect([op, res.status, res.json.error.code]).toEqual([op, 404, "not_found"]);
    }
    expect(
      (await call(usage.DELETE, "DELETE", `/usages/${bUsageId}`, { token, params: { usageId: bUsageId } })).status,
    ).toBe(404);
    expect(await db.usage.count({ where: { id: bUsageId } })).toBe(1);
    const list = await call(secrets.GET, "GET", "/secrets", { token });
    expect(list.json.items.map((s: { name: string }) => s.name)).toEqual(["shared_name"]);
    const found = await call(usageSearch.GET, "GET", "/usages", { token, query: { q: "b-agent" } });
    expect(found.json.items).toEqual([]);
    // The same name resolves to A's own secret, never B's.
    const own = await everyOperation(token, "shared_name").resolve();
    expect(own.json.fields.value).toBe("a-prod");
  });

  it("registers in the token's organization whatever orgId the body names", async () => {
    const token = await tokenFor(a);
    const body = {
      ...apiKeyInput(b, "smuggled", "v"),
      orgId: b.orgId,
      credential: { type: "API_KEY", headerName: "X-Key", values: { production: { value: "v" } } },
    };
    const res = await call(secrets.POST, "POST", "/secrets", { token, body });
    expect(res.status).toBe(201);
    expect(await db.secret.findUniqueOrThrow({ where: { id: res.json.id } })).toMatchObject({ orgId: a.orgId });
  });
});

describe("permissions", () => {
  it("read tokens cannot write, resolve, copy or declare (403); they can read", async () => {
    const token = await tokenFor(a, { permissions: ["read"] });
    const ops = everyOperation(token, "shared_name");
    for (const op of ["patch", "resolve", "copy", "declare"] as const) {
      const res = await ops[op]();
      expect([op, res.status, res.json.error.code]).toEqual([op, 403, "forbidden"]);
    }
    const reg = await call(secrets.POST, "POST", "/secrets", { token, body: apiKeyInput(a, "nope", "v") });
    expect(reg.status).toBe(403);
    expect((await ops.get()).status).toBe(200);
    expect((await ops.listUsages()).status).toBe(200);
    const denied = await db.auditEvent.findFirst({
      where: { orgId: a.orgId, action: "api.permission_denied" },
      orderBy: { seq: "desc" },
    });
    expect(denied).toMatchObject({ actorType: "TOKEN", outcome: "DENIED" });
  });

  it("resolve-only tokens cannot list or read metadata", async () => {
    const token = await tokenFor(a, { permissions: ["resolve"] });
    expect((await call(secrets.GET, "GET", "/secrets", { token })).status).toBe(403);
    expect((await everyOperation(token, "shared_name").get()).status).toBe(403);
    expect((await everyOperation(token, "shared_name").resolve()).status).toBe(200);
  });

  it("environment limits hold for resolve, register, update and copy", async () => {
    const token = await tokenFor(a, { environmentIds: [env(a, "Staging")] });
    const ops = everyOperation(token, "shared_name");
    const prod = await ops.resolve();
    expect(prod.status).toBe(403);
    expect(prod.text).not.toContain("a-prod");
    const staging = await call(resolve.POST, "POST", "/secrets/shared_name/resolve", {
      token,
      ...name("shared_name"),
      body: { environment: "staging" },
    });
    expect(staging.json.fields.value).toBe("a-staging");
    expect((await ops.copy()).status).toBe(403);
    const patch = await call(secret.PATCH, "PATCH", "/secrets/shared_name", {
      token,
      ...name("shared_name"),
      body: {
        expectedVersion: 1,
        credential: { type: "API_KEY", headerName: "X-API-Key", values: { production: { value: "z" } } },
      },
    });
    expect(patch.status).toBe(403);
    const reg = await call(secrets.POST, "POST", "/secrets", {
      token,
      body: {
        ...apiKeyInput(a, "prod_only", "v"),
        credential: { type: "API_KEY", headerName: "X", values: { production: { value: "v" } } },
      },
    });
    expect(reg.status).toBe(403);
    const use = await db.auditEvent.findFirst({
      where: { orgId: a.orgId, action: "secret.use", outcome: "DENIED" },
      orderBy: { seq: "desc" },
    });
    expect(JSON.parse(use!.detail).reason).toBe("environment_not_allowed");
  });
});

describe("reach", () => {
  it("workspace tokens see their workspace only; no token sees personal or Spot-restricted secrets", async () => {
    const o = await orgFixture("api-reach");
    const other = await db.workspace.create({ data: { orgId: o.orgId, name: "Other" } });
    const ws = (id: string) => ({ scope: "WORKSPACE" as const, availability: undefined, workspaceId: id });
    await register(o.actors.holder, apiKeyInput(o, "org_wide", "v1"));
    await register(
      o.actors.holder,
      apiKeyInput(o, "spots_only", "v2", { availability: "SPOTS", spotIds: [o.spotIds.alpha] }),
    );
    await register(o.actors.member1, apiKeyInput(o, "mine", "v3", { scope: "PERSONAL", availability: undefined }));
    await register(o.actors.holder, apiKeyInput(o, "dup", "main-value", ws(o.workspaceId)));
    await register(o.actors.holder, apiKeyInput(o, "dup", "other-value", ws(other.id)));
    const orgToken = await tokenFor(o);
    const wsToken = await tokenFor(o, { workspaceId: o.workspaceId });
    const status = async (t: string, n: string) => (await everyOperation(t, n).resolve()).status;
    expect(await status(orgToken, "org_wide")).toBe(200);
    expect(await status(wsToken, "org_wide")).toBe(404);
    for (const t of [orgToken, wsToken]) for (const n of ["spots_only", "mine"]) expect(await status(t, n)).toBe(404);
    expect((await everyOperation(wsToken, "dup").resolve()).json.fields.value).toBe("main-value");
    const ambiguous = await everyOperation(orgToken, "dup").resolve();
    expect([ambiguous.status, ambiguous.json.error.message]).toEqual([409, expect.stringContaining("?workspace=")]);
    const chosen = await call(resolve.POST, "POST", "/secrets/dup/resolve", {
      token: orgToken,
      ...name("dup"),
      query: { workspace: "Other" },
      body: { environment: "production" },
    });
    expect(chosen.json.fields.value).toBe("other-value");
    // A workspace token registers into its own workspace by default, never elsewhere.
    const body = {
      scope: "WORKSPACE",
      name: "from_ws_token",
      credential: { type: "API_KEY", headerName: "X", values: { production: { value: "v" } } },
    };
    expect((await call(secrets.POST, "POST", "/secrets", { token: wsToken, body })).status).toBe(201);
    expect(
      (
        await call(secrets.POST, "POST", "/secrets", {
          token: wsToken,
          body: { ...body, name: "elsewhere", workspaceId: other.id },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call(secrets.POST, "POST", "/secrets", {
          token: wsToken,
          body: { ...body, name: "org_level", scope: "ORGANIZATION" },
        })
      ).status,
    ).toBe(403);
  });
});

describe("input", () => {
  it("validates path parameters, bodies and sizes with the documented statuses", async () => {
    const token = await tokenFor(a);
    const bad = await call(secret.GET, "GET", "/secrets/x", { token, params: { name: "has space" } });
    expect([bad.status, Object.keys(bad.json.error.fields)]).toEqual([422, ["name"]]);
    expect((await call(secret.GET, "GET", "/secrets/x", { token, params: { name: "n".repeat(129) } })).status).toBe(
      422,
    );
    const notJson = await call(resolve.POST, "POST", "/secrets/shared_name/resolve", {
      token,
      ...name("shared_name"),
      rawBody: "{",
    });
    expect(notJson.status).toBe(422);
    const huge = await call(secrets.POST, "POST", "/secrets", {
      token,
      rawBody: JSON.stringify({ pad: "x".repeat(300 * 1024) }),
    });
    expect([huge.status, huge.json.error.code]).toEqual([413, "payload_too_large"]);
    const unknownEnv = await call(resolve.POST, "POST", "/secrets/shared_name/resolve", {
      token,
      ...name("shared_name"),
      body: { environment: "moon" },
    });
    expect(unknownEnv.status).toBe(404);
    const invalid = await call(secrets.POST, "POST", "/secrets", {
      token,
      body: { scope: "ORGANIZATION", name: "bad name", credential: { type: "API_KEY" } },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.json.error.fields).toHaveProperty("name");
    const stale = await call(secret.PATCH, "PATCH", "/secrets/shared_name", {
      token,
      ...name("shared_name"),
      body: { expectedVersion: 99, description: "late" },
    });
    expect([stale.status, stale.json.error.code]).toEqual([409, "conflict"]);
    const dupe = await call(secrets.POST, "POST", "/secrets", {
      token,
      body: {
        scope: "ORGANIZATION",
        name: "shared_name",
        credential: { type: "API_KEY", headerName: "X", values: { production: { value: "v" } } },
      },
    });
    expect(dupe.status).toBe(409);
  });

  it("reads, updates, copies and declares usages end to end", async () => {
    const token = await tokenFor(a);
    const ops = everyOperation(token, "shared_name");
    const detail = await ops.get();
    expect(detail.json).toMatchObject({ name: "shared_name", type: "API_KEY", metadata: { headerName: "X-API-Key" } });
    expect(detail.text).not.toContain("a-prod");
    const viewed = await db.auditEvent.findFirst({
      where: { orgId: a.orgId, action: "secret.view", secretName: "shared_name" },
      orderBy: { seq: "desc" },
    });
    expect(viewed).toMatchObject({ actorType: "TOKEN", outcome: "SUCCESS" });
    const v = detail.json.version as number;
    const copied = await call(copy.POST, "POST", "/secrets/shared_name/copy", {
      token,
      ...name("shared_name"),
      body: { from: "staging", to: "development", expectedVersion: v },
    });
    expect(copied.json.version).toBe(v + 1);
    const declared = await ops.declare();
    expect(declared.status).toBe(201);
    expect((await ops.listUsages()).json.items).toEqual([
      expect.objectContaining({ consumerName: "job", location: "env KEY" }),
    ]);
    const removed = await call(usage.DELETE, "DELETE", `/usages/${declared.json.id}`, {
      token,
      params: { usageId: declared.json.id },
    });
    expect(removed.status).toBe(204);
  });
});
