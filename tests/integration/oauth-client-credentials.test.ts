// OAuth 2.0 client credentials (RFC 6749 §4.4) against a local token server (allow-listed):
// client authentication by Basic or body, scopes, the token cached per secret and environment
// until shortly before expiry, a new value fetching a new token, the Test action, errors.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { advanceClock, resetClock } from "../../lib/lifecycle/clock.ts";
import { clearTokenCache, testClientCredentials } from "../../lib/oauth/index.ts";
import { createCommand, runCommand } from "../../lib/quick-commands/index.ts";
import { updateSecret } from "../../lib/secrets/index.ts";
import { updateSecretSchema } from "../../lib/secrets/secret-form-schema.ts";
import {
  allowEgressTo,
  startEchoServer,
  startTokenServer,
  type LocalServer,
  type TokenServer,
} from "../support/http-servers.ts";
import { clientCredentials, command, secretHeader } from "../support/commands.ts";
import { env, orgFixture, type OrgFixture } from "../support/org.ts";

let org: OrgFixture;
let echo: LocalServer;
let auth: TokenServer;
const seconds = (s: number) => advanceClock(s / 86_400);
const lastAuthorization = () => echo.received.at(-1)?.headers.authorization;

beforeAll(async () => {
  org = await orgFixture("oauth");
  echo = await startEchoServer();
  auth = await startTokenServer();
  await allowEgressTo([echo, auth]);
});
afterAll(async () => {
  await echo.close();
  await auth.close();
});
beforeEach(() => {
  clearTokenCache();
  auth.expiresIn = 120;
  auth.failWith = null;
});
afterEach(() => resetClock());

async function oauthCommand(name: string, extra: Record<string, unknown> = {}) {
  const s = await clientCredentials(org, org.actors.holder, name, `${auth.origin}/token`, extra);
  const c = await createCommand(
    org.actors.member1,
    org.orgId,
    command({ name, endpoint: `${echo.origin}/api`, headers: [secretHeader("Authorization", s)] }),
  );
  const run = (environment: "Production" | "Staging" = "Production") =>
    runCommand(org.actors.member1, c.id, { environmentId: env(org, environment) });
  return { secret: s, command: c, run };
}

describe("token fetch and injection", () => {
  it("authenticates with HTTP Basic, asks for the scopes and injects Bearer <token>, redacted in the result", async () => {
    const { run } = await oauthCommand("cc_basic");
    const before = auth.issued;
    const result = await run();
    const request = auth.received.at(-1)!;
    expect(request.headers.authorization).toBe(
      `Basic ${Buffer.from("client-id:client-secret-value").toString("base64")}`,
    );
    expect(new URLSearchParams(request.body).get("scope")).toBe("read write");
    expect(lastAuthorization()).toBe(`Bearer access-token-${before + 1}-client-id`);
    expect(JSON.stringify(result)).not.toContain("access-token-");
    expect(result.body).toContain("[REDACTED]");
  });

  it("authenticates in the body when the secret says so", async () => {
    const { run } = await oauthCommand("cc_body", { clientAuth: "body" });
    await run();
    const form = new URLSearchParams(auth.received.at(-1)!.body);
    expect([form.get("grant_type"), form.get("client_id"), form.get("client_secret")]).toEqual([
      "client_credentials",
      "client-id",
      "client-secret-value",
    ]);
    expect(auth.received.at(-1)!.headers.authorization).toBeUndefined();
  });
});

describe("the cache", () => {
  it("reuses a token per secret and environment until shortly before it expires", async () => {
    const { run } = await oauthCommand("cc_cache");
    const start = auth.issued;
    await run();
    await run();
    expect(auth.issued).toBe(start + 1);
    await run("Staging");
    expect(auth.issued).toBe(start + 2);
    seconds(100);
    await run();
    expect(auth.issued).toBe(start + 2);
    seconds(10); // 110 s of 120: within the refresh margin
    await run();
    expect(auth.issued).toBe(start + 3);
    expect(lastAuthorization()).toBe(`Bearer access-token-${start + 3}-client-id`);
  });

  it("fetches a new token when the secret's value changes", async () => {
    const { run, secret } = await oauthCommand("cc_rotate");
    await run();
    const issued = auth.issued;
    const prod = env(org, "Production");
    const input = updateSecretSchema.parse({
      secretId: secret.id,
      expectedVersion: 1,
      credential: {
        type: "CLIENT_CREDENTIALS",
        tokenUrl: `${auth.origin}/token`,
        clientId: "client-id",
        scopes: "read write",
        clientAuth: "basic",
        values: { [prod]: { clientSecret: "client-secret-value" } },
      },
    });
    await updateSecret(org.actors.holder, input);
    await run();
    expect(auth.issued).toBe(issued); // same value and settings: same fingerprint, still cached
    const rotated = updateSecretSchema.parse({
      ...input,
      expectedVersion: 2,
      credential: { ...input.credential, values: { [prod]: { clientSecret: "client-secret-rotated" } } },
    });
    await updateSecret(org.actors.holder, rotated);
    await run();
    expect(auth.issued).toBe(issued + 1);
    const rescoped = updateSecretSchema.parse({
      ...rotated,
      expectedVersion: 3,
      credential: { ...rotated.credential, scopes: "read", values: {} },
    });
    await updateSecret(org.actors.holder, rescoped);
    await run();
    expect(new URLSearchParams(auth.received.at(-1)!.body).get("scope")).toBe("read");
    expect(auth.issued).toBe(issued + 2);
  });
});

describe("errors", () => {
  it("names the secret and says what the token server answered, without the client secret", async () => {
    const { run } = await oauthCommand("cc_wrong");
    auth.failWith = {
      status: 401,
      body: { error: "invalid_client", error_description: "secret client-secret-value is wrong" },
    };
    const error = await run().catch((e: Error) => e);
    expect(String(error)).toContain(
      'Could not get an access token with "cc_wrong" (header Authorization): The token server refused the request (HTTP 401): invalid_client',
    );
    expect(String(error)).not.toContain("client-secret-value");
  });
  it("refuses a token URL that is not allow-listed", async () => {
    const s = await clientCredentials(org, org.actors.holder, "cc_private", "http://10.0.0.1/token");
    await expect(testClientCredentials(org.actors.holder, s.id, env(org, "Production"))).rejects.toThrow(
      /10\.0\.0\.1.*private/,
    );
  });
});

describe("the Test action", () => {
  it("fetches a fresh token and shows its type, scopes and expiry — not the token", async () => {
    const s = await clientCredentials(org, org.actors.holder, "cc_test", `${auth.origin}/token`);
    const issued = auth.issued;
    const result = await testClientCredentials(org.actors.member2, s.id, env(org, "Production"));
    expect(result).toMatchObject({ environmentName: "Production", tokenType: "Bearer", scopes: ["read", "write"] });
    expect(Date.parse(result.expiresAt!) - Date.now()).toBeGreaterThan(100_000);
    expect(JSON.stringify(result)).not.toContain("access-token");
    await testClientCredentials(org.actors.member2, s.id, env(org, "Production"));
    expect(auth.issued).toBe(issued + 2);
  });
  it("reports no expiry when the server gives none", async () => {
    auth.expiresIn = null;
    const s = await clientCredentials(org, org.actors.holder, "cc_noexp", `${auth.origin}/token`);
    await expect(testClientCredentials(org.actors.holder, s.id, env(org, "Production"))).resolves.toMatchObject({
      expiresAt: null,
    });
  });
});
