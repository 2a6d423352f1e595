// `npm run resolver`: the lean process that serves POST /api/v1/secrets/{name}/resolve with the
// portal route's own handler. Started here as a real child process on the test database.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/index.ts";
import { tokenFor } from "../support/api.ts";
import { apiKeyInput, orgFixture, register, type OrgFixture } from "../support/org.ts";

const root = path.join(import.meta.dirname, "../..");
let org: OrgFixture;
let token: string;
let child: ChildProcess;
let base: string;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  org = await orgFixture("resolver");
  await register(org.actors.holder, apiKeyInput(org, "resolver_key", "rk_live_1"));
  token = await tokenFor(org, { permissions: ["resolve"] });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  child = spawn(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/resolver.ts"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      STRONGROOM_RESOLVER_PORT: String(port),
      STRONGROOM_API_RATE_PER_TOKEN: "0",
      STRONGROOM_API_RATE_PER_IP: "0",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => d.toString().includes("listening") && resolve());
    child.once("exit", (code) => reject(new Error(`resolver exited (${code})`)));
  });
}, 120_000);

afterAll(() => {
  if (child.exitCode === null) child.kill("SIGKILL");
});

const resolve = (name: string, init: { token?: string; body?: string } = {}) =>
  fetch(`${base}/api/v1/secrets/${name}/resolve`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(init.token === "" ? {} : { authorization: `Bearer ${init.token ?? token}` }),
    },
    body: init.body ?? JSON.stringify({ environment: "production" }),
  });

describe("the resolver process", () => {
  it("resolves with the portal's handler: fields, no-store, security headers, and an audited use", async () => {
    const res = await resolve("resolver_key");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(((await res.json()) as { fields: { value: string } }).fields.value).toBe("rk_live_1");
    expect(await db.auditEvent.count({ where: { orgId: org.orgId, action: "secret.use", outcome: "SUCCESS" } })).toBe(
      1,
    );
  });

  it("refuses what the portal refuses, with the same error shape", async () => {
    const noToken = await resolve("resolver_key", { token: "" });
    expect(noToken.status).toBe(401);
    expect(((await noToken.json()) as { error: { code: string } }).error.code).toBe("unauthenticated");
    expect((await resolve("not_there")).status).toBe(404);
    const big = await resolve("resolver_key", {
      body: JSON.stringify({ environment: "production", pad: "x".repeat(300 * 1024) }),
    });
    expect(big.status).toBe(413);
  });

  it("reads the body itself: not JSON → 422, a chunked body over the limit → 413, a bad path → 404", async () => {
    const notJson = await resolve("resolver_key", { body: "{environment:" });
    expect(notJson.status).toBe(422);
    expect(((await notJson.json()) as { error: { message: string } }).error.message).toBe(
      "The request body must be JSON.",
    );
    const noEnv = await resolve("resolver_key", { body: "{}" });
    expect(noEnv.status).toBe(422);
    expect(
      ((await noEnv.json()) as { error: { fields: Record<string, string[]> } }).error.fields.environment,
    ).toBeDefined();

    // No Content-Length: the limit holds while the body streams in.
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent++ < 8) c.enqueue(chunk);
        else c.close();
      },
    });
    const chunked = await fetch(`${base}/api/v1/secrets/resolver_key/resolve`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(413);

    const badName = await resolve("%E0%A4%A");
    expect(badName.status).toBe(404);
    expect(((await badName.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });

  it("answers /healthz and nothing else", async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const other = await fetch(`${base}/api/v1/secrets`);
    expect(other.status).toBe(404);
    expect(((await other.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });

  it("stops cleanly on SIGTERM", async () => {
    const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });
});
