// Running Quick Commands on the server against a local echo server (allow-listed): values are
// injected (the echo server's log shows them), the result redacts every echoed secret, the
// run is audited without values, and failures name the secret and header.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/index.ts";
import { createCommand, runCommand } from "../../lib/quick-commands/index.ts";
import { deleteSecretNow, scheduleDeletion } from "../../lib/secrets/index.ts";
import { allowEgressTo, startEchoServer, type LocalServer } from "../support/http-servers.ts";
import { apiKey, command, secret, secretHeader, textHeader } from "../support/commands.ts";
import { env, orgFixture, type OrgFixture } from "../support/org.ts";

let org: OrgFixture;
let echo: LocalServer;
let unlisted: LocalServer;
const prod = () => env(org, "Production");
beforeAll(async () => {
  org = await orgFixture("qcrun");
  echo = await startEchoServer();
  unlisted = await startEchoServer();
  await allowEgressTo([echo]);
});
afterAll(async () => {
  await echo.close();
  await unlisted.close();
});

describe("a run", () => {
  it("injects every kind of secret on the server and redacts their echoes", async () => {
    const key = await apiKey(org, org.actors.holder, "stripe_key", "sk_live_SECRET1");
    const bearer = await secret(org, org.actors.holder, "gh_token", { type: "BEARER_TOKEN" }, { token: "ghp_SECRET2" });
    const basic = await secret(
      org,
      org.actors.holder,
      "svc_login",
      { type: "BASIC_AUTH", username: "svc" },
      { password: "pw_SECRET3" },
    );
    const kv = await secret(
      org,
      org.actors.member1,
      "acct",
      { type: "KEY_VALUE" },
      {
        pairs: [
          { key: "TOKEN", value: "kv_SECRET4" },
          { key: "ID", value: "acct_77" },
        ],
      },
      { scope: "PERSONAL" },
    );
    const c = await createCommand(
      org.actors.member1,
      org.orgId,
      command({
        name: "Echo all",
        method: "POST",
        endpoint: `${echo.origin}/repos/{owner}/{repo}?id={acct.ID}`,
        headers: [
          secretHeader("X-API-Key", key),
          secretHeader("Authorization", basic),
          secretHeader("X-GitHub", bearer),
          secretHeader("X-Token", kv, "TOKEN"),
          textHeader("Accept", "application/json"),
        ],
        body: '{"token": "{acct.TOKEN}", "owner": "{owner}"}',
      }),
    );
    const result = await runCommand(org.actors.member1, c.id, {
      environmentId: prod(),
      inputs: { owner: "octo cat", repo: "hello" },
    });

    const seen = echo.received.at(-1)!;
    expect(seen.url).toBe("/repos/octo%20cat/hello?id=acct_77");
    expect(seen.headers["x-api-key"]).toBe("sk_live_SECRET1");
    expect(seen.headers.authorization).toBe(`Basic ${Buffer.from("svc:pw_SECRET3").toString("base64")}`);
    expect(seen.headers["x-github"]).toBe("Bearer ghp_SECRET2");
    expect(seen.headers["x-token"]).toBe("kv_SECRET4");
    expect(seen.body).toBe('{"token": "kv_SECRET4", "owner": "octo cat"}');

    expect(result.status).toBe(200);
    const everything = JSON.stringify(result);
    for (const v of ["SECRET1", "SECRET2", "SECRET3", "SECRET4", Buffer.from("svc:pw_SECRET3").toString("base64")])
      expect(everything).not.toContain(v);
    expect(result.body).toContain("[REDACTED]");
    expect(result.headers.find(([k]) => k === "X-Echo-Authorization")?.[1]).toBe("[REDACTED]");
    expect(JSON.parse(result.body).headers.accept).toBe("application/json");

    const audits = await db.auditEvent.findMany({
      where: { orgId: org.orgId, OR: [{ action: "command.run" }, { action: "secret.use" }] },
    });
    expect(audits.filter((a) => a.action === "command.run")).toMatchObject([{ outcome: "SUCCESS", targetId: c.id }]);
    expect(audits.filter((a) => a.action === "secret.use" && a.outcome === "SUCCESS")).toHaveLength(4);
    expect(JSON.stringify(audits)).not.toMatch(/SECRET\d|octo cat/);
    expect((await db.secret.findUnique({ where: { id: key.id } }))?.lastUsedAt).not.toBeNull();
  });

  it("runs a command without secrets the same way", async () => {
    const c = await createCommand(
      org.actors.member2,
      org.orgId,
      command({ name: "Plain", endpoint: `${echo.origin}/status/201` }),
    );
    await expect(runCommand(org.actors.member2, c.id, { environmentId: prod() })).resolves.toMatchObject({
      status: 201,
      environmentName: "Production",
    });
  });

  it("asks for missing run-time inputs", async () => {
    const c = await createCommand(
      org.actors.member2,
      org.orgId,
      command({ name: "Inputs", endpoint: `${echo.origin}/{path}` }),
    );
    await expect(runCommand(org.actors.member2, c.id, { environmentId: prod() })).rejects.toThrow(
      "Fill in {path} to run this command.",
    );
  });

  it("uses no secret when it is refused before sending (a placeholder left empty)", async () => {
    const s = await apiKey(org, org.actors.holder, "refused_key", "v-refused");
    const c = await createCommand(
      org.actors.member2,
      org.orgId,
      command({
        name: "Needs customer",
        endpoint: `${echo.origin}/customers/{customer}`,
        headers: [secretHeader("X-API-Key", s)],
      }),
    );
    const before = echo.received.length;
    await expect(runCommand(org.actors.member2, c.id, { environmentId: prod() })).rejects.toThrow(
      "Fill in {customer} to run this command.",
    );
    expect(echo.received.length).toBe(before);
    const uses = await db.auditEvent.findMany({ where: { secretId: s.id, action: "secret.use" } });
    expect(uses).toEqual([]);
    expect((await db.secret.findUnique({ where: { id: s.id } }))?.lastUsedAt).toBeNull();
    const [run] = await db.auditEvent.findMany({ where: { targetId: c.id, action: "command.run" } });
    expect(run).toMatchObject({ outcome: "FAILURE" });
    // Filled in, the same run sends and is a use.
    await runCommand(org.actors.member2, c.id, { environmentId: prod(), inputs: { customer: "c_1" } });
    expect(await db.auditEvent.count({ where: { secretId: s.id, action: "secret.use", outcome: "SUCCESS" } })).toBe(1);
    expect((await db.secret.findUnique({ where: { id: s.id } }))?.lastUsedAt).not.toBeNull();
  });

  it("sends a JSON body with Content-Type: application/json unless the command sets one", async () => {
    const json = command({ name: "JSON", method: "POST", endpoint: echo.origin, body: '{"a": 1}' });
    const c = await createCommand(org.actors.member2, org.orgId, json);
    await runCommand(org.actors.member2, c.id, { environmentId: prod() });
    expect(echo.received.at(-1)?.headers["content-type"]).toBe("application/json");
  });
});

describe("a run that cannot use its secret", () => {
  it("names a deleted secret and its header", async () => {
    const s = await apiKey(org, org.actors.holder, "gone_key", "v-gone");
    const c = await createCommand(
      org.actors.member2,
      org.orgId,
      command({ name: "Uses gone", endpoint: echo.origin, headers: [secretHeader("X-Gone", s)] }),
    );
    await deleteSecretNow(org.actors.holder, s.id);
    await expect(runCommand(org.actors.member2, c.id, { environmentId: prod() })).rejects.toThrow(
      'The secret "gone_key" used in header X-Gone was deleted.',
    );
  });
  it("names a secret scheduled for deletion", async () => {
    const s = await apiKey(org, org.actors.holder, "leaving_key", "v-leaving");
    const c = await createCommand(
      org.actors.member2,
      org.orgId,
      command({ name: "Uses leaving", endpoint: echo.origin, headers: [secretHeader("X-Leaving", s)] }),
    );
    await scheduleDeletion(org.actors.holder, s.id);
    await expect(runCommand(org.actors.member2, c.id, { environmentId: prod() })).rejects.toThrow(
      /"leaving_key" is scheduled for deletion.*\(header X-Leaving\)/,
    );
  });
  it("runs with the rights of the person running it", async () => {
    const s = await apiKey(org, org.actors.holder, "alpha_only", "v-alpha", {
      availability: "SPOTS",
      spotIds: [org.spotIds.alpha],
    });
    const c = await createCommand(
      org.actors.member1,
      org.orgId,
      command({
        name: "Alpha",
        endpoint: echo.origin,
        visibility: "SHARED",
        workspaceId: org.workspaceId,
        headers: [secretHeader("X-Alpha", s)],
      }),
    );
    await expect(runCommand(org.actors.member1, c.id, { environmentId: prod() })).resolves.toMatchObject({
      status: 200,
    });
    await expect(runCommand(org.actors.member2, c.id, { environmentId: prod() })).rejects.toThrow(
      'The secret "alpha_only" used in header X-Alpha is not available to you.',
    );
  });
  it("refuses a command whose header still needs a secret", async () => {
    const c = await db.quickCommand.create({
      data: {
        orgId: org.orgId,
        ownerId: org.users.member2.id,
        name: "Pending",
        method: "GET",
        endpoint: echo.origin,
        headers: JSON.stringify([{ kind: "secret", key: "X-P", needsSecret: true }]),
      },
    });
    await expect(runCommand(org.actors.member2, c.id, { environmentId: prod() })).rejects.toThrow(
      /header X-P needs a secret/,
    );
  });
});

describe("the guard on runs", () => {
  it("refuses a destination that is not allow-listed and audits the failure", async () => {
    const c = await createCommand(
      org.actors.member2,
      org.orgId,
      command({ name: "Unlisted", endpoint: `${unlisted.origin}/` }),
    );
    await expect(runCommand(org.actors.member2, c.id, { environmentId: prod() })).rejects.toThrow(
      /loopback address.*STRONGROOM_EGRESS_ALLOW/,
    );
    expect(unlisted.received).toHaveLength(0);
    const failure = await db.auditEvent.findFirst({
      where: { orgId: org.orgId, action: "command.run", targetId: c.id },
    });
    expect(failure).toMatchObject({ outcome: "FAILURE" });
  });
  it("refuses a redirect to a private address", async () => {
    const c = await createCommand(
      org.actors.member2,
      org.orgId,
      command({ name: "Redirect", endpoint: `${echo.origin}/redirect?to=http%3A%2F%2F192.168.0.10%2F` }),
    );
    await expect(runCommand(org.actors.member2, c.id, { environmentId: prod() })).rejects.toThrow(
      /192\.168\.0\.10.*private/,
    );
  });
  it("shows only the first MiB of a large response", async () => {
    const c = await createCommand(
      org.actors.member2,
      org.orgId,
      command({ name: "Big", endpoint: `${echo.origin}/big?bytes=1500000` }),
    );
    const result = await runCommand(org.actors.member2, c.id, { environmentId: prod() });
    expect(result).toMatchObject({ truncated: true });
    expect(result.body.length).toBe(1024 * 1024);
  });
});
