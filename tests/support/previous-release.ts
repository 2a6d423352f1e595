// A fresh database of the kind under test (SQLite file or PostgreSQL database) migrated only up
// to the migration before `firstNew`, so a test can write data the way the previous release
// stored it (raw SQL), apply the remaining migrations and check the data through the app (in a
// child process whose DATABASE_URL is that database: the test's own client stays on its own).
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { databaseKind } from "../../lib/db/index.ts";
import { sqliteArg, toPgPlaceholders, type SqlValue } from "../../lib/db/driver.ts";

const root = path.join(import.meta.dirname, "../..");

export type PreviousRelease = {
  url: string;
  /** One statement with `?` placeholders (dates as the app stores them). */
  run(sql: string, params?: readonly SqlValue[]): Promise<void>;
  query<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** Applies the migrations from `firstNew` on, as `prisma migrate deploy` would after an upgrade. */
  upgrade(): Promise<void>;
  /** Runs a script (tests/support/…) with tsx against this database; its stdout parsed as JSON. */
  script<T>(file: string, args: string[]): T;
  drop(): Promise<void>;
};

function migrations(kind: "sqlite" | "postgres") {
  const dir = path.join(root, "prisma", kind, "migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => ({ name, sql: readFileSync(path.join(dir, name, "migration.sql"), "utf8") }));
}

export async function previousRelease(firstNew: string): Promise<PreviousRelease> {
  const kind = databaseKind();
  const all = migrations(kind);
  if (!all.some((m) => m.name === firstNew)) throw new Error(`no migration ${firstNew}`);
  const before = all.filter((m) => m.name < firstNew);
  const after = all.filter((m) => m.name >= firstNew);
  const stamp = `${Date.now()}_${process.pid}`;
  const common = (url: string) => ({
    url,
    script<T>(file: string, args: string[]): T {
      const r = spawnSync(
        path.join(root, "node_modules/.bin/tsx"),
        ["--conditions=react-server", path.join(root, file), ...args],
        {
          cwd: root,
          env: { ...process.env, DATABASE_URL: url },
          encoding: "utf8",
        },
      );
      if (r.status !== 0) throw new Error(`${file} failed: ${r.stderr}`);
      return JSON.parse(r.stdout.trim().split("\n").at(-1)!) as T;
    },
  });

  if (kind === "sqlite") {
    const file = path.join(root, "data/test", `previous-${stamp}.db`);
    const sqlite = new Database(file);
    for (const m of before) sqlite.exec(m.sql);
    return {
      ...common(`file:${file}`),
      run: async (sql, params = []) => void sqlite.prepare(sql).run(...params.map(sqliteArg)),
      query: async <T>(sql: string, params: readonly SqlValue[] = []) =>
        sqlite.prepare(sql).all(...params.map(sqliteArg)) as T[],
      upgrade: async () => {
        for (const m of after) sqlite.exec(m.sql);
      },
      drop: async () => {
        sqlite.close();
        for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
      },
    };
  }

  const current = new URL(process.env.DATABASE_URL!);
  const name = `strongroom_prev_${stamp}`;
  const admin = new pg.Client({ connectionString: current.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(current.toString());
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  for (const m of before) await client.query(m.sql);
  const pgArg = (v: SqlValue | undefined) => (v instanceof Date ? v.toISOString() : (v ?? null));
  return {
    ...common(url.toString()),
    run: async (sql, params = []) => void (await client.query(toPgPlaceholders(sql), params.map(pgArg))),
    query: async <T>(sql: string, params: readonly SqlValue[] = []) =>
      (await client.query(toPgPlaceholders(sql), params.map(pgArg))).rows as T[],
    upgrade: async () => {
      for (const m of after) await client.query(m.sql);
    },
    drop: async () => {
      await client.end();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}
