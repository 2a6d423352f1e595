// The one database client. SQLite (a file) by default; PostgreSQL when DATABASE_URL is a
// postgres:// or postgresql:// URL. Both generated clients have the same model API; the
// SQLite client's types stand for both.
import "server-only";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client.ts";
import { PrismaClient as PostgresClient } from "./generated/postgres/client.ts";
import { databaseUrl } from "../env/database-url.ts";
import type { Pool } from "pg";
import { PgDriver, SqliteDriver, withImmediateTransactions, type Driver, type SqliteAdapter } from "./driver.ts";

export type Db = InstanceType<typeof SqliteClient>;
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
export type { Prisma } from "./generated/sqlite/client.ts";

export type DatabaseKind = "sqlite" | "postgres";

export function databaseKind(url = databaseUrl()): DatabaseKind {
  return url.startsWith("file:") ? "sqlite" : "postgres";
}

function sqliteFile(url: string) {
  const p = url.replace(/^file:/, "").split("?")[0] ?? "";
  return path.isAbsolute(p) ? p : path.join(process.cwd(), p);
}

/** Keeps the adapter it connects (its transactions made immediate), so the raw driver shares Prisma's one SQLite connection. */
class SqliteAdapterFactory extends PrismaBetterSQLite3 {
  connected: Promise<SqliteAdapter> | null = null;
  override connect() {
    const adapter = super
      .connect()
      .then((a) => withImmediateTransactions(a as unknown as SqliteAdapter) as unknown as typeof a);
    this.connected = adapter as unknown as Promise<SqliteAdapter>;
    return adapter;
  }
}

/** Keeps the adapter it connects, so the raw driver shares Prisma's pool. */
class PgAdapterFactory extends PrismaPg {
  connected: Promise<{ underlyingDriver(): unknown }> | null = null;
  override connect() {
    const adapter = super.connect();
    this.connected = adapter;
    return adapter;
  }
}

// On globalThis, like the client itself: another copy of this module must find the same driver.
const globalForDrivers = globalThis as unknown as { strongroomDrivers?: WeakMap<object, Driver> };
const drivers = (globalForDrivers.strongroomDrivers ??= new WeakMap<object, Driver>());

/** The raw SQL driver (driver.ts) on the connections of a client made by createDb. */
export function driverOf(client: Db): Driver {
  const driver = drivers.get(client);
  if (!driver) throw new Error("driverOf: not a client made by createDb");
  return driver;
}

export function createDb(url = databaseUrl()): Db {
  if (databaseKind(url) === "sqlite") {
    const adapter = new SqliteAdapterFactory({ url: `file:${sqliteFile(url)}`, timeout: 10_000 });
    const client = new SqliteClient({ adapter });
    drivers.set(
      client,
      new SqliteDriver(async () => {
        if (!adapter.connected) await client.$connect();
        return adapter.connected!;
      }),
    );
    // Deleted content (crypto-shredded key material) is overwritten with zeros, not left in
    // free pages of the file; the adapter keeps one connection, so this holds for the client.
    // WAL lets scripts (sweep, rotation, seeds) write while the portal reads and writes.
    for (const pragma of ["PRAGMA secure_delete = ON", "PRAGMA journal_mode = WAL"]) {
      client.$queryRawUnsafe(pragma).catch((e: unknown) => console.error(`strongroom: SQLite ${pragma} failed`, e));
    }
    return client;
  }
  const adapter = new PgAdapterFactory({ connectionString: url, max: 10 });
  const client = new PostgresClient({ adapter }) as unknown as Db;
  drivers.set(
    client,
    new PgDriver(async () => {
      if (!adapter.connected) await client.$connect();
      return (await adapter.connected!).underlyingDriver() as Pool;
    }),
  );
  return client;
}

const globalForDb = globalThis as unknown as { strongroomDb?: Db };

/** The process-wide client (kept on globalThis so dev reloads do not open new pools). */
export const db: Db = globalForDb.strongroomDb ?? createDb();
globalForDb.strongroomDb = db;
