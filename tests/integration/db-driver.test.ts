// The raw SQL driver (lib/db/driver.ts) on the hot path of uses: it must store exactly what
// Prisma stores (dates, bytes), read back what Prisma wrote, keep its transactions atomic, and
// on SQLite never interleave with Prisma's transactions on the shared connection.
import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { databaseKind, db, driverOf } from "../../lib/db/index.ts";
import { databaseUrl } from "../../lib/env/database-url.ts";
import { asDate } from "../../lib/db/driver.ts";
import { verifyAuditChains } from "../../lib/audit/verify.ts";
import { loadForUseById, loadForUseByName, resolveSecret } from "../../lib/secrets/index.ts";
import { apiKeyInput, env, orgFixture, register } from "../support/org.ts";

const DESCRIPTION = `SELECT "description" FROM "Secret" WHERE "id" = ?`;

/**
 * Starts `read` while a Prisma transaction holds an uncommitted description of the secret, then
 * rolls that transaction back; answers what the read returned.
 */
async function whileUncommitted<T>(secretId: string, read: () => Promise<T>): Promise<T> {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  const prisma = db.$transaction(async (tx) => {
    await tx.secret.update({ where: { id: secretId }, data: { description: "uncommitted" } });
    await held;
    throw new Error("roll back");
  });
  await new Promise((r) => setTimeout(r, 50));
  const result = read();
  release();
  await expect(prisma).rejects.toThrow("roll back");
  return result;
}

describe("the raw SQL driver", () => {
  it("writes dates that Prisma reads back to the millisecond, and reads what Prisma wrote", async () => {
    const org = await orgFixture("driver-dates");
    const s = await register(org.actors.holder, apiKeyInput(org, "dated", "v"));
    const at = new Date("2031-02-03T04:05:06.789Z");
    await driverOf(db).transaction((sql) =>
      sql.execute(`UPDATE "Secret" SET "lastUsedAt" = ? WHERE "id" = ?`, [at, s.id]),
    );
    expect((await db.secret.findUniqueOrThrow({ where: { id: s.id } })).lastUsedAt?.toISOString()).toBe(
      at.toISOString(),
    );

    const expires = new Date("2032-12-31T23:59:58.123Z");
    await db.secret.update({ where: { id: s.id }, data: { expiresAt: expires } });
    const [row] = await driverOf(db).read((sql) =>
      sql.query(`SELECT "expiresAt", "lastUsedAt" FROM "Secret" WHERE "id" = ?`, [s.id]),
    );
    expect(asDate(row!.expiresAt)?.toISOString()).toBe(expires.toISOString());
    expect(asDate(row!.lastUsedAt)?.toISOString()).toBe(at.toISOString());
  });

  it("loads a secret for a use with its current value's key material, by id and by name", async () => {
    const org = await orgFixture("driver-load");
    const s = await register(org.actors.holder, apiKeyInput(org, "loaded", "v1"));
    const stored = await db.secretValueVersion.findFirstOrThrow({
      where: { secretId: s.id, environmentId: env(org, "Production") },
    });
    const byId = await loadForUseById(s.id, env(org, "Production"));
    expect(byId).toMatchObject({
      id: s.id,
      orgId: org.orgId,
      name: "loaded",
      status: "ACTIVE",
      type: "API_KEY",
      spots: [],
    });
    expect(byId!.values).toHaveLength(1);
    expect(byId!.values[0]!.version).toBe(stored.version);
    expect(Buffer.from(byId!.values[0]!.ciphertext!).equals(Buffer.from(stored.ciphertext!))).toBe(true);
    expect(Buffer.from(byId!.values[0]!.wrappedKey!).equals(Buffer.from(stored.wrappedKey!))).toBe(true);
    expect(byId!.values[0]!.environment).toEqual({ orgId: org.orgId, name: "Production" });

    const byName = await loadForUseByName(org.orgId, "loaded", env(org, "Production"));
    expect(byName.map((r) => r.id)).toEqual([s.id]);
    expect(await loadForUseByName(org.orgId, "missing", env(org, "Production"))).toEqual([]);
    expect(await loadForUseById("no-such-id", env(org, "Production"))).toBeNull();
  });

  it("loads a secret restricted to Spots once, with every Spot, in the same read", async () => {
    const org = await orgFixture("driver-spots");
    const spotIds = Object.values(org.spotIds);
    expect(spotIds.length).toBeGreaterThan(1);
    const s = await register(org.actors.holder, apiKeyInput(org, "spotted", "v", { availability: "SPOTS", spotIds }));
    const byId = await loadForUseById(s.id, env(org, "Production"));
    expect(byId!.spots.map((x) => x.spotId).sort()).toEqual([...spotIds].sort());
    expect(byId!.values).toHaveLength(1);
    const byName = await loadForUseByName(org.orgId, "spotted", env(org, "Production"));
    expect(byName).toHaveLength(1);
    expect(byName[0]!.spots.map((x) => x.spotId).sort()).toEqual([...spotIds].sort());
  });

  it("rolls a failed transaction back completely", async () => {
    const org = await orgFixture("driver-rollback");
    const s = await register(org.actors.holder, apiKeyInput(org, "kept", "v"));
    await expect(
      driverOf(db).transaction(async (sql) => {
        await sql.execute(`UPDATE "Secret" SET "description" = ? WHERE "id" = ?`, ["changed", s.id]);
        await sql.execute(`INSERT INTO "NoSuchTable" ("x") VALUES (?)`, [1]);
      }),
    ).rejects.toThrow();
    expect((await db.secret.findUniqueOrThrow({ where: { id: s.id } })).description).not.toBe("changed");
  });

  it("does not interleave with a Prisma transaction in progress", async () => {
    const org = await orgFixture("driver-serial");
    const s = await register(org.actors.holder, apiKeyInput(org, "serial", "v"));
    const read = await whileUncommitted(s.id, () =>
      driverOf(db).read((sql) => sql.query<{ description: string | null }>(DESCRIPTION, [s.id])),
    );
    // The read saw only committed data: never the rolled-back description.
    expect(read[0]!.description).not.toBe("uncommitted");
  });

  it("answers a single-statement read with committed data only, also while a Prisma transaction is open", async () => {
    const org = await orgFixture("driver-one");
    const s = await register(org.actors.holder, apiKeyInput(org, "one", "v"));
    await db.secret.update({ where: { id: s.id }, data: { description: "committed" } });
    expect(await driverOf(db).queryOne(DESCRIPTION, [s.id])).toEqual([{ description: "committed" }]);
    expect(await whileUncommitted(s.id, () => driverOf(db).queryOne(DESCRIPTION, [s.id]))).toEqual([
      { description: "committed" },
    ]);
  });

  if (databaseKind() === "sqlite") {
    it("lets a Prisma transaction read, then write, while another process commits in between (immediate transactions)", async () => {
      const org = await orgFixture("driver-immediate");
      const s = await register(org.actors.holder, apiKeyInput(org, "contended", "v"));
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      const mine = db.$transaction(async (tx) => {
        await tx.secret.findUniqueOrThrow({ where: { id: s.id } });
        await held; // another process writes now
        await tx.secret.update({ where: { id: s.id }, data: { description: "mine" } });
      });
      await new Promise((r) => setTimeout(r, 50));
      // Another process (its own connection, the same busy timeout as the app): waits for the write lock.
      const file = databaseUrl().replace(/^file:/, "");
      const other = spawn(
        process.execPath,
        [
          "-e",
          `const D = require("better-sqlite3"); new D(process.argv[1], { timeout: 10000 }).prepare('UPDATE "Secret" SET "description" = ? WHERE "id" = ?').run("other", process.argv[2]);`,
          file,
          s.id,
        ],
        { cwd: process.cwd(), stdio: ["ignore", "ignore", "inherit"] },
      );
      const otherDone = new Promise<number | null>((r) => other.once("exit", r));
      await new Promise((r) => setTimeout(r, 300));
      release();
      await mine; // a deferred transaction failed here with SQLITE_BUSY_SNAPSHOT
      expect(await otherDone).toBe(0);
      expect((await db.secret.findUniqueOrThrow({ where: { id: s.id } })).description).toBe("other");
    });
  }

  it("commits concurrent uses, each with its audit record in order, and the chain verifies", async () => {
    const org = await orgFixture("driver-group");
    const s = await register(org.actors.holder, apiKeyInput(org, "busy", "value-123"));
    const results = await Promise.all(
      Array.from({ length: 40 }, () => resolveSecret(org.actors.member1, s.id, env(org, "Production"))),
    );
    expect(results.every((r) => r.fields.value === "value-123")).toBe(true);
    const uses = await db.auditEvent.findMany({
      where: { orgId: org.orgId, action: "secret.use" },
      orderBy: { seq: "asc" },
    });
    expect(uses).toHaveLength(40);
    const first = uses[0]!.seq;
    expect(uses.map((u) => u.seq)).toEqual(Array.from({ length: 40 }, (_, i) => first + i));
    expect((await db.secret.findUniqueOrThrow({ where: { id: s.id } })).lastUsedAt).not.toBeNull();
    const report = await verifyAuditChains(db);
    expect(report.breaks.find((b) => b.chain === org.orgId)).toBeUndefined();
  });
});
