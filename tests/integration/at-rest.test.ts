// What an attacker with a copy of the database sees: no secret field of any type in the
// clear, ciphertexts that do not decrypt when moved to another row, and key material that
// is gone once a secret is deleted now.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db, databaseKind } from "../../lib/db/index.ts";
import { deleteSecretNow, resolveSecret } from "../../lib/secrets/index.ts";
import { makeCertificateFixtures } from "../../lib/secrets/testdata/certificate-fixtures.ts";
import { env, orgFixture, register, type OrgFixture } from "../support/org.ts";

const CANARY = "CANARY7f3a91b2e4";
const SSH_KEY = readFileSync(path.join(process.cwd(), "lib/secrets/testdata/openssh/ed25519.key"), "utf8");
let org: OrgFixture;

beforeAll(async () => {
  org = await orgFixture("rest");
});

function credentialOfEachType(certPem: string, keyPem: string) {
  const c = (suffix: string) => `${CANARY}-${suffix}`;
  return {
    API_KEY: { type: "API_KEY", headerName: "X-API-Key", value: { value: c("api") } },
    BEARER_TOKEN: { type: "BEARER_TOKEN", headerName: "Authorization", value: { token: c("bearer") } },
    CLIENT_CREDENTIALS: { type: "CLIENT_CREDENTIALS", tokenUrl: "https://auth.example.com/token", clientId: "cid", value: { clientSecret: c("oauth") } },
    CERTIFICATE: { type: "CERTIFICATE", certificatePem: certPem, value: { privateKey: keyPem } },
    KEY_VALUE: { type: "KEY_VALUE", value: { pairs: [{ key: "DB_PASSWORD", value: c("kv") }] } },
    BASIC_AUTH: { type: "BASIC_AUTH", username: "svc", value: { password: c("basic") } },
    SFTP_PASSWORD: { type: "SFTP_PASSWORD", host: "sftp.example.com", port: 22, username: "u", value: { password: c("sftp") } },
    SFTP_PRIVATE_KEY: {
      type: "SFTP_PRIVATE_KEY", host: "sftp.example.com", port: 22, username: "u",
      // A real OpenSSH key (keys are parsed since issue 13); an unencrypted key ignores the passphrase.
      value: { privateKey: SSH_KEY, passphrase: c("pass") },
    },
    JSON_CREDENTIALS: { type: "JSON_CREDENTIALS", value: { document: JSON.stringify({ private_key: c("json") }) } },
  } as const;
}

/** Every byte of the database as the attacker would read it. */
async function databaseImage(): Promise<string> {
  if (databaseKind() === "sqlite") {
    const file = process.env.DATABASE_URL!.replace(/^file:/, "");
    await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    return readFileSync(file).toString("latin1");
  }
  const tables = await db.$queryRawUnsafe<{ tablename: string }[]>("SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public'");
  let image = "";
  for (const { tablename } of tables) {
    const rows = await db.$queryRawUnsafe<{ row: string }[]>(`SELECT t::text AS row FROM "${tablename}" t`);
    image += rows.map((r) => r.row).join("\n");
  }
  return image;
}

const hex = (s: string) => Buffer.from(s, "utf8").toString("hex");

describe("a copy of the database", () => {
  it("holds no secret field of any of the nine types in the clear", async () => {
    const fx = makeCertificateFixtures();
    const keyBody = fx.key.split("\n")[1]!;
    const prod = env(org, "Production");
    for (const [type, spec] of Object.entries(credentialOfEachType(fx.validPem, fx.key))) {
      const { value, ...fields } = spec;
      await register(org.actors.holder, {
        orgId: org.orgId, scope: "ORGANIZATION", availability: "ORGANIZATION", name: `canary_${type.toLowerCase()}`,
        credential: { ...fields, values: { [prod]: value } },
      } as never);
    }
    const image = await databaseImage();
    expect(image).toContain("canary_api_key"); // the scan does see plaintext columns
    expect(image).not.toContain(CANARY);
    expect(image.toLowerCase()).not.toContain(hex(CANARY));
    expect(image).not.toContain(keyBody);
    expect(image).not.toContain(SSH_KEY.split("\n")[2]!);
  });
});

describe("a ciphertext moved to another row", () => {
  it("does not decrypt, and the failed use is audited", async () => {
    const prod = env(org, "Production");
    const input = (name: string, value: string) =>
      ({ orgId: org.orgId, scope: "ORGANIZATION", availability: "ORGANIZATION", name, credential: { type: "API_KEY", headerName: "X-K", values: { [prod]: { value } } } }) as never;
    const a = await register(org.actors.holder, input("swap_a", "value-a"));
    const b = await register(org.actors.holder, input("swap_b", "value-b"));
    const rowA = await db.secretValueVersion.findFirstOrThrow({ where: { secretId: a.id } });
    await db.secretValueVersion.updateMany({
      where: { secretId: b.id },
      data: { ciphertext: rowA.ciphertext, nonce: rowA.nonce, tag: rowA.tag, wrappedKey: rowA.wrappedKey, masterKeyId: rowA.masterKeyId },
    });
    await expect(resolveSecret(org.actors.holder, b.id, prod)).rejects.toThrow(/could not be decrypted/);
    const failure = await db.auditEvent.findFirst({ where: { secretId: b.id, action: "secret.use", outcome: "FAILURE" } });
    expect(failure?.detail).toContain("decryption_failed");
    // Moving it to another environment of the same secret fails too.
    const staging = env(org, "Staging");
    await db.secretValueVersion.create({
      data: { secretId: a.id, environmentId: staging, version: 1, ciphertext: rowA.ciphertext, nonce: rowA.nonce, tag: rowA.tag, wrappedKey: rowA.wrappedKey, masterKeyId: rowA.masterKeyId },
    });
    await expect(resolveSecret(org.actors.holder, a.id, staging)).rejects.toThrow(/could not be decrypted/);
    expect((await resolveSecret(org.actors.holder, a.id, prod)).headers["X-K"]).toBe("value-a");
  });
});

describe("delete now", () => {
  it("leaves none of the secret's wrapped keys or ciphertexts in the database", async () => {
    const prod = env(org, "Production");
    const s = await register(org.actors.holder, {
      orgId: org.orgId, scope: "ORGANIZATION", availability: "ORGANIZATION", name: "to_shred",
      credential: { type: "API_KEY", headerName: "X-K", values: { [prod]: { value: "shred-me" } } },
    } as never);
    const before = await db.secretValueVersion.findFirstOrThrow({ where: { secretId: s.id } });
    await deleteSecretNow(org.actors.holder, s.id);
    if (databaseKind() === "postgres") await db.$executeRawUnsafe(`VACUUM "SecretValueVersion"`);
    const image = await databaseImage();
    const wrapped = Buffer.from(before.wrappedKey!);
    const ciphertext = Buffer.from(before.ciphertext!);
    if (databaseKind() === "sqlite") {
      expect(image.includes(wrapped.toString("latin1"))).toBe(false);
      expect(image.includes(ciphertext.toString("latin1"))).toBe(false);
    } else {
      expect(image).not.toContain(wrapped.toString("hex"));
      expect(image).not.toContain(ciphertext.toString("hex"));
    }
  });
});
