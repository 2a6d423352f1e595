// The CLI against the real route handlers: `run` starts a child process with the secrets as
// environment variables; `resolve` prints a field; errors are readable and exit non-zero.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Server } from "node:http";
import { startApiServer } from "../support/api-server.ts";
import { configureApi, tokenFor } from "../support/api.ts";
import { apiKeyInput, env, orgFixture, register, type OrgFixture } from "../support/org.ts";

const cli = path.join(import.meta.dirname, "../../bin/strongroom");
const exec = promisify(execFile);

let org: OrgFixture;
let server: Server;
let baseEnv: NodeJS.ProcessEnv;
beforeAll(async () => {
  org = await orgFixture("cli");
  await register(org.actors.holder, apiKeyInput(org, "stripe_api_key", "sk_live_cli"));
  await register(org.actors.holder, {
    orgId: org.orgId,
    scope: "ORGANIZATION",
    availability: "ORGANIZATION",
    name: "db_settings",
    credential: {
      type: "KEY_VALUE",
      values: {
        [env(org, "Production")]: {
          pairs: [
            { key: "DATABASE_URL", value: "postgres://db/prod" },
            { key: "POOL_SIZE", value: "5" },
          ],
        },
      },
    },
  } as never);
  const started = await startApiServer();
  server = started.server;
  baseEnv = {
    NODE_ENV: "test",
    PATH: process.env.PATH,
    STRONGROOM_URL: started.url,
    STRONGROOM_TOKEN: await tokenFor(org),
  };
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => configureApi());

const printEnv = ["--", process.execPath, "-e", "process.stdout.write(JSON.stringify(process.env))"];

describe("strongroom CLI", () => {
  it("run injects Key/Value pairs as-is and other types as NAME_FIELD", async () => {
    const { stdout } = await exec(
      cli,
      ["run", "--env", "production", "--secret", "stripe_api_key", "--secret", "db_settings", ...printEnv],
      { env: baseEnv },
    );
    const childEnv = JSON.parse(stdout) as Record<string, string>;
    expect(childEnv).toMatchObject({
      STRIPE_API_KEY_VALUE: "sk_live_cli",
      STRIPE_API_KEY_HEADER_NAME: "X-API-Key",
      DATABASE_URL: "postgres://db/prod",
      POOL_SIZE: "5",
    });
    expect(childEnv.STRONGROOM_URL).toBe(baseEnv.STRONGROOM_URL);
  });

  it("run without --secret injects every secret the token lists, and passes the exit code on", async () => {
    const { stdout } = await exec(cli, ["run", "-e", "production", ...printEnv], { env: baseEnv });
    expect(JSON.parse(stdout)).toMatchObject({
      STRIPE_API_KEY_VALUE: "sk_live_cli",
      DATABASE_URL: "postgres://db/prod",
    });
    const failed = await exec(
      cli,
      ["run", "-e", "production", "--secret", "stripe_api_key", "--", process.execPath, "-e", "process.exit(7)"],
      { env: baseEnv },
    ).catch((e) => e);
    expect(failed.code).toBe(7);
  });

  it("resolve prints one field, or fails with the API's message", async () => {
    const { stdout } = await exec(cli, ["resolve", "stripe_api_key", "--env", "production", "--field", "value"], {
      env: baseEnv,
    });
    expect(stdout).toBe("sk_live_cli\n");
    const missing = await exec(cli, ["resolve", "nope", "--env", "production"], { env: baseEnv }).catch((e) => e);
    expect([missing.code, missing.stderr]).toEqual([1, expect.stringContaining('Secret "nope" not found. (HTTP 404)')]);
    const noToken = await exec(cli, ["resolve", "x", "--env", "production"], {
      env: { NODE_ENV: "test", PATH: process.env.PATH },
    }).catch((e) => e);
    expect([noToken.code, noToken.stderr]).toEqual([2, expect.stringContaining("STRONGROOM_TOKEN")]);
  });
});
