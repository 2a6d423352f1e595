// Changing where a credential is sent (Client Credentials token URL, SFTP host and port) needs
// its secret fields entered again for every environment with a value — for tokens and people
// alike — and a token limited to some environments may change what every environment shares
// only when it is allowed in each environment where the secret has a value (security probe,
// issue 13, finding A).
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as secret from "../../app/api/v1/secrets/[name]/route.ts";
import { authenticateApiToken } from "../../lib/api-tokens/index.ts";
import { db } from "../../lib/db/index.ts";
import { ForbiddenError, ValidationError } from "../../lib/errors/index.ts";
import { copyValue, registerSecret, updateSecret } from "../../lib/secrets/index.ts";
import {
  registerSecretSchema,
  updateSecretSchema,
  type RegisterSecretInput,
} from "../../lib/secrets/secret-form-schema.ts";
import { call, configureApi, tokenFor } from "../support/api.ts";
import { env, orgFixture, register, type OrgFixture } from "../support/org.ts";

let org: OrgFixture;
beforeAll(async () => {
  org = await orgFixture("dest");
});
beforeEach(() => configureApi());

const OLD_URL = "https://auth.example.com/oauth/token";
const EVIL_URL = "https://evil.example.net/token";
const cc = { type: "CLIENT_CREDENTIALS", tokenUrl: OLD_URL, clientId: "client-id", clientAuth: "basic" };
const sftp = { type: "SFTP_PASSWORD", host: "sftp.example.com", port: 22, username: "deploy" };

async function registerWith(
  name: string,
  credential: Record<string, unknown>,
  values: Record<string, Record<string, string>>,
) {
  const input = {
    orgId: org.orgId,
    scope: "ORGANIZATION",
    availability: "ORGANIZATION",
    name,
    credential: { ...credential, values },
  };
  return register(org.actors.holder, input as RegisterSecretInput);
}

const dev = () => env(org, "Development");
const prod = () => env(org, "Production");
const patch = (token: string, name: string, body: unknown) =>
  call(secret.PATCH, "PATCH", `/secrets/${name}`, { token, params: { name }, body });
const metadataOf = async (id: string) => JSON.parse((await db.secret.findUniqueOrThrow({ where: { id } })).metadata);

describe("a write token changing a destination", () => {
  it("cannot move a Client Credentials secret to another token URL without entering the client secret again", async () => {
    const s = await registerWith("cc_redirect", cc, {
      [dev()]: { clientSecret: "dev-secret" },
      [prod()]: { clientSecret: "prod-secret" },
    });
    const token = await tokenFor(org);
    const moved = await patch(token, "cc_redirect", { expectedVersion: 1, credential: { ...cc, tokenUrl: EVIL_URL } });
    expect(moved.status).toBe(422);
    expect(moved.json.error.fields).toEqual({
      "credential.tokenUrl": [
        "Changing the Token URL changes where the Client secret is sent: enter the Client secret again for Development and Production, or keep the previous Token URL.",
      ],
      [`credential.values.${dev()}.clientSecret`]: ["Enter the Client secret again: the Token URL changed."],
      [`credential.values.${prod()}.clientSecret`]: ["Enter the Client secret again: the Token URL changed."],
    });
    // Only one environment re-entered: the other's stored secret would still go to the new URL.
    const half = await patch(token, "cc_redirect", {
      expectedVersion: 1,
      credential: { ...cc, tokenUrl: EVIL_URL, values: { development: { clientSecret: "new" } } },
    });
    expect(Object.keys(half.json.error.fields)).toEqual([
      "credential.tokenUrl",
      `credential.values.${prod()}.clientSecret`,
    ]);
    expect(await metadataOf(s.id)).toMatchObject({ tokenUrl: OLD_URL });
    // Everything else may change without the secret; with every value entered again, the URL may too.
    expect(
      (await patch(token, "cc_redirect", { expectedVersion: 1, credential: { ...cc, clientId: "renamed" } })).status,
    ).toBe(200);
    const values = { development: { clientSecret: "d2" }, production: { clientSecret: "p2" } };
    const both = await patch(token, "cc_redirect", {
      expectedVersion: 2,
      credential: { ...cc, clientId: "renamed", tokenUrl: EVIL_URL, values },
    });
    expect(both.status).toBe(200);
    expect(await metadataOf(s.id)).toMatchObject({ tokenUrl: EVIL_URL });
  });

  it("cannot point an SFTP login at another host or port without the password", async () => {
    const s = await registerWith("sftp_redirect", sftp, { [prod()]: { password: "pw" } });
    const token = await tokenFor(org);
    const host = await patch(token, "sftp_redirect", {
      expectedVersion: 1,
      credential: { ...sftp, host: "attacker.example.net" },
    });
    expect([host.status, Object.keys(host.json.error.fields)]).toEqual([
      422,
      ["credential.host", `credential.values.${prod()}.password`],
    ]);
    const port = await patch(token, "sftp_redirect", { expectedVersion: 1, credential: { ...sftp, port: 2222 } });
    expect(port.json.error.fields["credential.port"]).toEqual([
      "Changing the Port changes where the Password is sent: enter the Password again for Production, or keep the previous Port.",
    ]);
    expect(
      (await patch(token, "sftp_redirect", { expectedVersion: 1, credential: { ...sftp, username: "other" } })).status,
    ).toBe(200);
    expect(await metadataOf(s.id)).toMatchObject({ host: "sftp.example.com", port: 22, username: "other" });
  });
});

describe("a token limited to Development", () => {
  it("may change Development's value but nothing shared by Production, where the secret also has a value", async () => {
    const s = await registerWith("cc_limited", cc, {
      [dev()]: { clientSecret: "dev-secret" },
      [prod()]: { clientSecret: "prod-secret" },
    });
    const token = await tokenFor(org, { environmentIds: [dev()] });
    const value = await patch(token, "cc_limited", {
      expectedVersion: 1,
      credential: { ...cc, values: { development: { clientSecret: "dev-2" } } },
    });
    expect(value.status).toBe(200);
    const redirect = await patch(token, "cc_limited", {
      expectedVersion: 2,
      credential: { ...cc, tokenUrl: EVIL_URL, values: { development: { clientSecret: "dev-3" } } },
    });
    expect([redirect.status, redirect.json.error.message]).toEqual([
      403,
      "This change applies to every environment where the secret has a value, and this token is not allowed in Production. Use a token allowed in all of them, or change only values of environments this token is allowed in.",
    ]);
    for (const body of [
      { description: "x" },
      { expiresAt: "2030-01-01" },
      { credential: { ...cc, clientId: "other" } },
    ]) {
      expect((await patch(token, "cc_limited", { expectedVersion: 2, ...body })).status).toBe(403);
    }
    expect(await metadataOf(s.id)).toEqual(expect.objectContaining({ tokenUrl: OLD_URL, clientId: "client-id" }));
    const denied = await db.auditEvent.findFirst({
      where: { orgId: org.orgId, action: "api.permission_denied" },
      orderBy: { seq: "desc" },
    });
    expect(JSON.parse(denied!.detail)).toEqual({ reason: "environment_not_allowed", environments: [prod()] });
  });

  it("may change shared fields of a secret whose only value is in Development", async () => {
    await registerWith("dev_only", sftp, { [dev()]: { password: "pw" } });
    const token = await tokenFor(org, { environmentIds: [dev()] });
    expect((await patch(token, "dev_only", { expectedVersion: 1, description: "mine" })).status).toBe(200);
    const moved = await patch(token, "dev_only", {
      expectedVersion: 2,
      credential: { ...sftp, host: "new.example.com", values: { development: { password: "pw2" } } },
    });
    expect(moved.status).toBe(200);
  });
});

describe("the secret services", () => {
  it("hold a limited token to its environments for register, update and copy, whoever calls them", async () => {
    const s = await registerWith("svc_limited", sftp, { [dev()]: { password: "pw" }, [prod()]: { password: "pw" } });
    const actor = await authenticateApiToken(`Bearer ${await tokenFor(org, { environmentIds: [dev()] })}`);
    const input = {
      orgId: org.orgId,
      scope: "ORGANIZATION",
      name: "svc_new",
      credential: { ...sftp, values: { [prod()]: { password: "pw" } } },
    };
    await expect(registerSecret(actor, registerSecretSchema.parse(input))).rejects.toBeInstanceOf(ForbiddenError);
    const values = { [prod()]: { password: "pw2" } };
    await expect(
      updateSecret(
        actor,
        updateSecretSchema.parse({ secretId: s.id, expectedVersion: 1, credential: { ...sftp, values } }),
      ),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const copy = { fromEnvironmentId: dev(), toEnvironmentId: prod(), expectedVersion: 1 };
    await expect(copyValue(actor, s.id, copy)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.secret.count({ where: { orgId: org.orgId, name: "svc_new" } })).toBe(0);
    expect((await db.secret.findUniqueOrThrow({ where: { id: s.id } })).version).toBe(1);
  });
});

describe("a person editing in the portal", () => {
  it("gets the same rule from the service the edit form's action calls", async () => {
    const s = await registerWith("cc_person", cc, { [prod()]: { clientSecret: "prod-secret" } });
    // What the edit form submits when only the Token URL was changed (toUpdateInput).
    const input = updateSecretSchema.parse({
      secretId: s.id,
      expectedVersion: 1,
      credential: { ...cc, tokenUrl: EVIL_URL, values: {} },
    });
    const error = await updateSecret(org.actors.holder, input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toMatchObject({
      "credential.tokenUrl": [expect.stringContaining("enter the Client secret again for Production")],
      [`credential.values.${prod()}.clientSecret`]: ["Enter the Client secret again: the Token URL changed."],
    });
    const again = updateSecretSchema.parse({
      ...input,
      credential: { ...input.credential, values: { [prod()]: { clientSecret: "again" } } },
    });
    expect(await updateSecret(org.actors.holder, again)).toEqual({ version: 2 });
  });
});
