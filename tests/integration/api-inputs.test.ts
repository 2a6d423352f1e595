// Inputs the security probe found wrongly accepted (issue 13, finding B), through the real API
// handlers: refused with 422 and a message on the field, or — Key/Value keys named like
// Object.prototype members — kept as ordinary keys from register to resolve.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as secrets from "../../app/api/v1/secrets/route.ts";
import * as resolve from "../../app/api/v1/secrets/[name]/resolve/route.ts";
import { call, configureApi, tokenFor } from "../support/api.ts";
import { orgFixture, type OrgFixture } from "../support/org.ts";

let org: OrgFixture;
let token: string;
beforeAll(async () => {
  org = await orgFixture("inputs");
  token = await tokenFor(org);
});
beforeEach(() => configureApi());

const sftpKey = { type: "SFTP_PRIVATE_KEY", host: "sftp.example.com", port: 22, username: "deploy" };
const body = (name: string, credential: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  scope: "ORGANIZATION",
  name,
  credential,
  ...extra,
});
const post = (b: unknown) => call(secrets.POST, "POST", "/secrets", { token, body: b });
const apiKey = { type: "API_KEY", headerName: "X-Key", values: { production: { value: "v" } } };

describe("refused on the server with a clear message on the field", () => {
  it("secret names made only of dots", async () => {
    for (const name of [".", "..", "..."]) {
      const res = await post(body(name, apiKey));
      expect([res.status, res.json.error.fields.name]).toEqual([
        422,
        ["Secret name cannot be made only of dots: include a letter or digit, e.g. stripe_api_key."],
      ]);
    }
  });

  it("an SFTP port that is not an integer 1–65535", async () => {
    const password = {
      type: "SFTP_PASSWORD",
      host: "sftp.example.com",
      username: "u",
      values: { production: { password: "p" } },
    };
    for (const [port, message] of [
      [true, "Port must be a number."],
      ["0x16", "Port must be written in decimal digits, e.g. 22."],
      [0, "Port must be between 1 and 65535."],
    ] as const) {
      const res = await post(body(`port_${String(port).replace(/\W/g, "")}`, { ...password, port }));
      expect([res.status, res.json.error.fields["credential.port"]]).toEqual([422, [message]]);
    }
    expect((await post(body("port_ok", { ...password, port: "2222" }))).status).toBe(201);
  });

  it("an absurd expiration date", async () => {
    for (const expiresAt of ["0000-01-01", "1970-01-01T00:00:00Z", "2030-02-30"]) {
      const res = await post(body("absurd_expiry", apiKey, { expiresAt }));
      expect(res.status).toBe(422);
      expect(res.json.error.fields.expiresAt[0]).toMatch(
        /^Enter (an expiration date between 2000-01-01 and 9999-12-31|the expiration date as a date \(YYYY-MM-DD\))\.$/,
      );
    }
  });

  it("a garbage OpenSSH private key, and an encrypted one without its passphrase", async () => {
    const garbage = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----";
    const bad = await post(body("ssh_garbage", { ...sftpKey, values: { production: { privateKey: garbage } } }));
    expect(bad.status).toBe(422);
    expect(Object.values(bad.json.error.fields)).toEqual([
      [expect.stringContaining("not a complete OpenSSH private key")],
    ]);
    const encrypted = readFileSync(
      path.join(process.cwd(), "lib/secrets/testdata/openssh/ecdsa-encrypted.key"),
      "utf8",
    );
    const locked = await post(body("ssh_locked", { ...sftpKey, values: { production: { privateKey: encrypted } } }));
    expect(Object.entries(locked.json.error.fields)).toEqual([
      [
        expect.stringMatching(/\.passphrase$/),
        ["This private key is protected by a passphrase: enter it in Passphrase."],
      ],
    ]);
    const ok = await post(
      body("ssh_ok", { ...sftpKey, values: { production: { privateKey: encrypted, passphrase: "correct horse" } } }),
    );
    expect(ok.status).toBe(201);
  });

  it("control and bidi characters in a description", async () => {
    const res = await post(body("bidi_description", apiKey, { description: "harmless\u202Etxt.exe" }));
    expect([res.status, res.json.error.fields.description]).toEqual([
      422,
      ["Description cannot contain invisible text-direction characters (it has U+202E)."],
    ]);
  });
});

describe("Key/Value keys named like Object.prototype members", () => {
  it("round-trip from register to resolve as ordinary keys", async () => {
    const keys = ["__proto__", "constructor", "toString", "hasOwnProperty"];
    const pairs = keys.map((key) => ({ key, value: `value of ${key}` }));
    const created = await post(body("proto_keys", { type: "KEY_VALUE", values: { production: { pairs } } }));
    expect(created.status).toBe(201);
    const res = await call(resolve.POST, "POST", "/secrets/proto_keys/resolve", {
      token,
      params: { name: "proto_keys" },
      body: { environment: "production" },
    });
    expect(res.status).toBe(200);
    expect(Object.entries(res.json.fields)).toEqual(keys.map((k) => [k, `value of ${k}`]));
    expect(res.text).toContain('"__proto__":"value of __proto__"');
  });
});
