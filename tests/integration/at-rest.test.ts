// What an attacker with a copy of the database sees: no secret field of any type in the
// clear, ciphertexts that do not decrypt when moved to another row, and key material that
// is gone once a secret is deleted now.
import { generateKeyPairSync } from "node:crypto";
import { copyFileSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { db, databaseKind, driverOf } from "../../lib/db/index.ts";
import { ShredNotDurableError } from "../../lib/db/driver.ts";
import { deleteSecretNow, resolveSecret, updateSecret } from "../../lib/secrets/index.ts";
import { makeCertificateFixtures } from "../../lib/secrets/testdata/certificate-fixtures.ts";
import { runSweep } from "../../lib/lifecycle/sweep.ts";
import { scheduleDeletionTransition } from "../../lib/lifecycle/transitions.ts";
import { addDays } from "../../lib/time/days.ts";
import { env, orgFixture, register, type OrgFixture } from "../support/org.ts";

const CANARY = "CANARY7f3a91b2e4";
const SSH_KEY = readFileSync(path.join(process.cwd(), "lib/secrets/testdata/openssh/ed25519.key"), "utf8");
let org: OrgFixture;

beforeAll(async () => {
  org = await orgFixture("rest");
});

/** A PEM private key encrypted with `passphrase` (keys are parsed and the passphrase checked). */
const encryptedKey = (passphrase: string) =>
  generateKeyPairSync("ed25519")
    .privateKey.export({ type: "pkcs8", format: "pem", cipher: "aes-256-cbc", passphrase })
    .toString();

function credentialOfEachType(certPem: string, keyPem: string) {
  const c = (suffix: string) => `${CANARY}-${suffix}`;
  return {
    API_KEY: { type: "API_KEY", headerName: "X-API-Key", value: { value: c("api") } },
    BEARER_TOKEN: { type: "BEARER_TOKEN", headerName: "Authorization", value: { token: c("bearer") } },
    CLIENT_CREDENTIALS: {
      type: "CLIENT_CREDENTIALS",
      tokenUrl: "https://auth.example.com/token",
      clientId: "cid",
      value: { clientSecret: c("oauth") },
    },
    CERTIFICATE: { type: "CERTIFICATE", certificatePem: certPem, value: { privateKey: keyPem } },
    KEY_VALUE: { type: "KEY_VALUE", value: { pairs: [{ key: "DB_PASSWORD", value: c("kv") }] } },
    BASIC_AUTH: { type: "BASIC_AUTH", username: "svc", value: { password: c("basic") } },
    SFTP_PASSWORD: {
      type: "SFTP_PASSWORD",
      host: "sftp.example.com",
      port: 22,
      username: "u",
      value: { password: c("sftp") },
    },
    SFTP_PRIVATE_KEY: {
      type: "SFTP_PRIVATE_KEY",
      host: "sftp.example.com",
      port: 22,
      username: "u",
      // A real key, encrypted with the canary passphrase (a passphrase for an unencrypted key is refused).
      value: { privateKey: encryptedKey(c("pass")), passphrase: c("pass") },
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
  const tables = await db.$queryRawUnsafe<{ tablename: string }[]>(
    "SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public'",
  );
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
        orgId: org.orgId,
        scope: "ORGANIZATION",
        availability: "ORGANIZATION",
        name: `canary_${type.toLowerCase()}`,
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
      ({
        orgId: org.orgId,
        scope: "ORGANIZATION",
        availability: "ORGANIZATION",
        name,
        credential: { type: "API_KEY", headerName: "X-K", values: { [prod]: { value } } },
      }) as never;
    const a = await register(org.actors.holder, input("swap_a", "value-a"));
    const b = await register(org.actors.holder, input("swap_b", "value-b"));
    const rowA = await db.secretValueVersion.findFirstOrThrow({ where: { secretId: a.id } });
    await db.secretValueVersion.updateMany({
      where: { secretId: b.id },
      data: {
        ciphertext: rowA.ciphertext,
        nonce: rowA.nonce,
        tag: rowA.tag,
        wrappedKey: rowA.wrappedKey,
        masterKeyId: rowA.masterKeyId,
      },
    });
    await expect(resolveSecret(org.actors.holder, b.id, prod)).rejects.toThrow(/could not be decrypted/);
    const failure = await db.auditEvent.findFirst({
      where: { secretId: b.id, action: "secret.use", outcome: "FAILURE" },
    });
    expect(failure?.detail).toContain("decryption_failed");
    // Moving it to another environment of the same secret fails too: a row without a head is
    // refused before decryption, and with a head written as well the binding to the
    // environment still holds.
    const staging = env(org, "Staging");
    await db.secretValueVersion.create({
      data: {
        secretId: a.id,
        environmentId: staging,
        version: 1,
        ciphertext: rowA.ciphertext,
        nonce: rowA.nonce,
        tag: rowA.tag,
        wrappedKey: rowA.wrappedKey,
        masterKeyId: rowA.masterKeyId,
      },
    });
    await expect(resolveSecret(org.actors.holder, a.id, staging)).rejects.toThrow(/is not its current version/);
    await db.secretValueHead.create({ data: { secretId: a.id, environmentId: staging, version: 1 } });
    await expect(resolveSecret(org.actors.holder, a.id, staging)).rejects.toThrow(/could not be decrypted/);
    expect((await resolveSecret(org.actors.holder, a.id, prod)).headers["X-K"]).toBe("value-a");
  });
});

describe("delete now", () => {
  it("leaves none of the secret's wrapped keys or ciphertexts in the database", async () => {
    const prod = env(org, "Production");
    const s = await register(org.actors.holder, {
      orgId: org.orgId,
      scope: "ORGANIZATION",
      availability: "ORGANIZATION",
      name: "to_shred",
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

describe("a plain copy of the SQLite file taken right after Delete now", () => {
  const sqlite = databaseKind() === "sqlite";
  const file = () => process.env.DATABASE_URL!.replace(/^file:/, "");

  async function twoVersions(name: string, checkpoint = true) {
    const prod = env(org, "Production");
    const api = (value: string) => ({ type: "API_KEY", headerName: "X-K", values: { [prod]: { value } } }) as const;
    const s = await register(org.actors.holder, {
      orgId: org.orgId,
      scope: "ORGANIZATION",
      availability: "ORGANIZATION",
      name,
      credential: api(`${CANARY}-v1`),
    } as never);
    await updateSecret(org.actors.holder, {
      secretId: s.id,
      expectedVersion: 1,
      credential: api(`${CANARY}-v2`),
    } as never);
    const rows = await db.secretValueVersion.findMany({ where: { secretId: s.id } });
    expect(rows).toHaveLength(2);
    // As minutes after registering: the values are in the main file, not only in the WAL.
    if (checkpoint) await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    return { id: s.id, material: rows.flatMap((r) => [Buffer.from(r.ciphertext!), Buffer.from(r.wrappedKey!)]) };
  }

  /** The main file alone, copied as a backup tool or an attacker with read access would. */
  function copyMainFile(): { path: string; bytes: Buffer } {
    const copy = `${file()}.copy-${process.pid}-${Date.now()}`;
    copyFileSync(file(), copy);
    return { path: copy, bytes: readFileSync(copy) };
  }

  function expectShredded(copy: ReturnType<typeof copyMainFile>, secret: { id: string; material: Buffer[] }) {
    expect(copy.bytes.includes(Buffer.from(CANARY))).toBe(false);
    for (const m of secret.material) expect(copy.bytes.includes(m)).toBe(false);
    const c = new Database(copy.path, { readonly: true });
    try {
      const s = c.prepare(`SELECT "status" FROM "Secret" WHERE "id" = ?`).get(secret.id) as { status: string };
      expect(s.status).toBe("DELETED");
      const keys = c
        .prepare(
          `SELECT count(*) AS n FROM "SecretValueVersion" WHERE "secretId" = ? AND ("wrappedKey" IS NOT NULL OR "ciphertext" IS NOT NULL)`,
        )
        .get(secret.id) as { n: number };
      expect(keys.n).toBe(0);
    } finally {
      c.close();
      rmSync(copy.path, { force: true });
    }
  }

  it.runIf(sqlite)("holds neither version's ciphertext nor wrapped key, and shows the secret deleted", async () => {
    const secret = await twoVersions("shred_copy");
    await deleteSecretNow(org.actors.holder, secret.id);
    expectShredded(copyMainFile(), secret);
  });

  it.runIf(sqlite)("waits for a reader of another connection holding an older snapshot", async () => {
    const secret = await twoVersions("shred_reader");
    const reader = new Database(file());
    reader.prepare("BEGIN").run();
    reader.prepare(`SELECT count(*) FROM "SecretValueVersion"`).get();
    const release = setTimeout(() => reader.prepare("COMMIT").run(), 300);
    try {
      await deleteSecretNow(org.actors.holder, secret.id);
      expect(reader.inTransaction).toBe(false); // it answered only once the reader was done
    } finally {
      clearTimeout(release);
      if (reader.inTransaction) reader.prepare("COMMIT").run();
      reader.close();
    }
    expectShredded(copyMainFile(), secret);
  });

  it.runIf(sqlite)("after the lifecycle sweep's due deletion holds neither version's key material", async () => {
    const secret = await twoVersions("shred_swept");
    const row = await db.secret.findUniqueOrThrow({ where: { id: secret.id } });
    const now = new Date();
    await db.secret.update({
      where: { id: secret.id },
      data: scheduleDeletionTransition(row, { graceDays: 1 }, now).data,
    });
    await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)"); // the schedule is old news
    const report = await runSweep({ now: addDays(now, 1), orgIds: [org.orgId] });
    expect(report.deleted).toBe(1);
    expectShredded(copyMainFile(), secret);
  });

  it.runIf(sqlite)("is refused loudly, not claimed, while a reader keeps the WAL from the main file", async () => {
    const reader = new Database(file());
    reader.prepare("BEGIN").run();
    reader.prepare(`SELECT count(*) FROM "SecretValueVersion"`).get();
    try {
      await twoVersions("shred_blocked", false); // frames the reader's snapshot predates
      await expect(driverOf(db).flushDeletions(["SecretValueVersion"], { waitMs: 300 })).rejects.toBeInstanceOf(
        ShredNotDurableError,
      );
    } finally {
      reader.prepare("COMMIT").run();
      reader.close();
    }
    await expect(driverOf(db).flushDeletions(["SecretValueVersion"], { waitMs: 300 })).resolves.toBeUndefined();
  });
});

describe("PostgreSQL row versions after Delete now", () => {
  /** The data of every row version (live or dead) in the table's pages and in its TOAST table (pageinspect). */
  async function rowVersions(table: string): Promise<Buffer> {
    await db.$executeRawUnsafe("CREATE EXTENSION IF NOT EXISTS pageinspect");
    const rels = await db.$queryRawUnsafe<{ rel: string }[]>(
      `SELECT c.oid::regclass::text AS rel FROM pg_class c WHERE c.relname = $1
       UNION ALL SELECT c.reltoastrelid::regclass::text FROM pg_class c WHERE c.relname = $1 AND c.reltoastrelid <> 0`,
      table,
    );
    const data: Buffer[] = [];
    for (const { rel } of rels) {
      const rows = await db.$queryRawUnsafe<{ d: Uint8Array | null }[]>(
        `SELECT i.t_data AS d FROM generate_series(0, (pg_relation_size($1::regclass) / 8192)::int - 1) p,
           LATERAL heap_page_items(get_raw_page($1::text, p)) i WHERE i.t_data IS NOT NULL`,
        rel,
      );
      for (const r of rows) data.push(Buffer.from(r.d!));
    }
    return Buffer.concat(data);
  }
  const vacuums = async () =>
    Number(
      (
        await db.$queryRawUnsafe<{ n: bigint }[]>(
          `SELECT vacuum_count AS n FROM pg_stat_user_tables WHERE relname = 'SecretValueVersion'`,
        )
      )[0]!.n,
    );

  it.runIf(databaseKind() === "postgres")(
    "are vacuumed in the background: no dead row version keeps the key material",
    async () => {
      const prod = env(org, "Production");
      const api = (value: string) => ({ type: "API_KEY", headerName: "X-K", values: { [prod]: { value } } }) as const;
      const s = await register(org.actors.holder, {
        orgId: org.orgId,
        scope: "ORGANIZATION",
        availability: "ORGANIZATION",
        name: "pg_shred",
        credential: api("pg-v1"),
      } as never);
      await updateSecret(org.actors.holder, { secretId: s.id, expectedVersion: 1, credential: api("pg-v2") } as never);
      const material = (await db.secretValueVersion.findMany({ where: { secretId: s.id } })).flatMap((r) => [
        Buffer.from(r.ciphertext!),
        Buffer.from(r.wrappedKey!),
      ]);
      const kept = async () => {
        const versions = await rowVersions("SecretValueVersion");
        return material.filter((m) => versions.includes(m)).length;
      };
      expect(await kept()).toBe(4); // the scan does see them
      const before = await vacuums();
      await deleteSecretNow(org.actors.holder, s.id);
      // The answer does not wait for the VACUUM: poll until it has run (its stats come at its end).
      const until = Date.now() + 30_000;
      while (Date.now() < until && (await vacuums()) === before) await new Promise((r) => setTimeout(r, 50));
      expect(await vacuums()).toBeGreaterThan(before);
      expect(await kept()).toBe(0);
    },
  );
});
