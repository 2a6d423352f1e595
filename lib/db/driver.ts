// Raw SQL on the connections Prisma itself uses, for the hot paths where Prisma's per-query
// cost (query compilation in WASM, result interpretation) dominates: the use of a secret
// (one read) and the group commit of its audit records. Everything else goes through Prisma.
//
// One SQL text serves both databases: write `?` placeholders and double-quoted identifiers
// (as Prisma creates them); PostgreSQL gets `$1..$n`. Dates are stored as Prisma stores them
// (SQLite: ISO text with "+00:00"; PostgreSQL: timestamp(3) in UTC) and read back with asDate.
import "server-only";
import { createHash } from "node:crypto";
import type BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import type { DatabaseKind } from "./index.ts";

export type SqlValue = string | number | boolean | Date | Uint8Array | null;
export type SqlRow = Record<string, unknown>;

/** Runs statements in one transaction (or, for `Driver.read`, one consistent read). */
export interface SqlRunner {
  readonly kind: DatabaseKind;
  query<T extends SqlRow = SqlRow>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** Runs a statement and answers the number of rows it changed. */
  execute(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /**
   * Takes the transaction-scoped lock `key`, then runs the read `sql` on a snapshot taken once
   * the lock is held. PostgreSQL: an advisory lock (on the raw driver, lock and read travel in
   * one round trip); SQLite: no lock, a write transaction there excludes other writers already.
   */
  lockedQuery<T extends SqlRow = SqlRow>(key: string, sql: string, params?: readonly SqlValue[]): Promise<T[]>;
}

/** The advisory lock of `key` (hashtext: a key of any length). */
export const PG_XACT_LOCK = `SELECT pg_advisory_xact_lock(hashtext(?))`;

export interface Driver {
  readonly kind: DatabaseKind;
  /** Reads (no writes) that see only committed data; on SQLite they also see one state. */
  read<T>(fn: (sql: SqlRunner) => Promise<T>): Promise<T>;
  /** One read statement on committed data: `read` for a single statement, without its transaction where it can. */
  queryOne<T extends SqlRow = SqlRow>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** A write transaction: committed when `fn` resolves, rolled back when it throws. */
  transaction<T>(fn: (sql: SqlRunner) => Promise<T>): Promise<T>;
  /**
   * After a commit that destroyed data (crypto-shredding): makes it gone from the database's
   * files as far as the engine allows. SQLite: the WAL is checkpointed into the main file
   * (which secure_delete zeroes) and truncated, waiting up to `waitMs` for readers of older
   * snapshots; throws ShredNotDurableError if it cannot. PostgreSQL: `tables` are vacuumed in
   * the background (see README, Security model, for what remains).
   */
  flushDeletions(tables: readonly string[], opts?: { waitMs?: number }): Promise<void>;
}

/** The destroyed data may still be in the SQLite WAL: a copy of the main file could hold it. */
export class ShredNotDurableError extends Error {
  constructor(detail: string) {
    super(`The database could not write the deletion into its main file (${detail}).`);
    this.name = "ShredNotDurableError";
  }
}

const FLUSH_WAIT_MS = 20_000;
type CheckpointRow = { busy: number | bigint; log: number | bigint; checkpointed: number | bigint };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `?` → `$n` (the SQL texts given here never hold a `?` inside a literal). */
export function toPgPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** A date column as read by either driver (Date, ISO text, or epoch milliseconds). */
export function asDate(v: unknown): Date | null {
  if (v == null) return null;
  if (v instanceof Date) return v;
  if (typeof v === "number" || typeof v === "bigint") return new Date(Number(v));
  return new Date(String(v));
}

// ── SQLite: the Prisma adapter's single better-sqlite3 connection ─────────────────────────

/** What this module uses of @prisma/adapter-better-sqlite3's adapter (its fields are public). */
export type SqliteAdapter = {
  client: BetterSqlite3.Database;
  /** Takes the adapter's transaction mutex and runs BEGIN; commit()/rollback() only release it. */
  startTransaction(): Promise<{ commit(): Promise<void>; rollback(): Promise<void> }>;
};

/** The adapter's own (deferred) start, which takes its mutex without taking a database lock. */
const deferredStarts = new WeakMap<SqliteAdapter, SqliteAdapter["startTransaction"]>();

/**
 * Makes the adapter's transactions — Prisma's (its upserts and interactive transactions) and
 * this driver's — start IMMEDIATE. The adapter's BEGIN is deferred, and under WAL a deferred
 * transaction that has read cannot write once another process committed in between: it fails
 * at once with SQLITE_BUSY_SNAPSHOT (the busy timeout does not apply). With the resolver process,
 * the sweep and seeds writing beside the portal that happened (a seed's upsert failed three
 * times in a row in CI). An immediate transaction takes the write lock first and waits for it
 * on the busy timeout instead.
 */
export function withImmediateTransactions<A extends SqliteAdapter>(adapter: A): A {
  const start = adapter.startTransaction.bind(adapter);
  deferredStarts.set(adapter, start);
  const commit = adapter.client.prepare("COMMIT");
  const beginImmediate = adapter.client.prepare("BEGIN IMMEDIATE");
  adapter.startTransaction = async () => {
    const lock = await start(); // the mutex, and a deferred BEGIN that has not read anything yet
    try {
      commit.run();
      beginImmediate.run();
    } catch (e) {
      await lock.rollback(); // releases the mutex (no transaction is open)
      throw e;
    }
    return lock;
  };
  return adapter;
}

/** A parameter as better-sqlite3 takes it, in the form the app stores (dates as ISO text). */
export const sqliteArg = (v: SqlValue | undefined) => {
  if (v instanceof Date) return v.toISOString().replace("Z", "+00:00");
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof Uint8Array && !Buffer.isBuffer(v)) return Buffer.from(v);
  return v ?? null;
};

export class SqliteDriver implements Driver {
  readonly kind = "sqlite" as const;
  readonly #statements = new Map<string, BetterSqlite3.Statement>();
  readonly #adapter: () => Promise<SqliteAdapter>;

  constructor(adapter: () => Promise<SqliteAdapter>) {
    this.#adapter = adapter;
  }

  read<T>(fn: (sql: SqlRunner) => Promise<T>): Promise<T> {
    return this.#run(fn);
  }

  transaction<T>(fn: (sql: SqlRunner) => Promise<T>): Promise<T> {
    return this.#run(fn);
  }

  /**
   * Outside a transaction one statement sees committed data and one state by itself, and it
   * runs to its end before anything else can use the connection (better-sqlite3 is
   * synchronous): no mutex, no BEGIN/COMMIT. Inside someone's transaction, wait for it.
   */
  async queryOne<T extends SqlRow = SqlRow>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    const client = (await this.#adapter()).client;
    if (client.inTransaction) return this.read((runner) => runner.query<T>(sql, params));
    return this.#stmt(client, sql).all(...params.map(sqliteArg)) as T[];
  }

  /**
   * Holds the adapter's mutex for the whole transaction, so neither Prisma's transactions nor
   * another driver transaction interleave on the one connection. The transaction is immediate
   * (withImmediateTransactions), so that a write never fails to upgrade a read.
   */
  async #run<T>(fn: (sql: SqlRunner) => Promise<T>): Promise<T> {
    const adapter = await this.#adapter();
    const client = adapter.client;
    const lock = await adapter.startTransaction();
    try {
      const result = await fn(this.#runner(client));
      this.#stmt(client, "COMMIT").run();
      await lock.commit();
      return result;
    } catch (e) {
      try {
        if (client.inTransaction) this.#stmt(client, "ROLLBACK").run();
      } finally {
        await lock.rollback();
      }
      throw e;
    }
  }

  /**
   * A checkpoint runs outside any transaction of this connection (it holds the adapter's mutex
   * meanwhile) and with a short busy timeout, so that the event loop is not blocked for long:
   * between tries the mutex is released and other work (and, in tests, the reader in this
   * process) goes on. A reader of another process whose snapshot predates the shred keeps its
   * frames from being copied; its statements are short, so a retry soon finds it gone.
   */
  async flushDeletions(_tables: readonly string[], opts: { waitMs?: number } = {}): Promise<void> {
    const adapter = await this.#adapter();
    const until = Date.now() + (opts.waitMs ?? FLUSH_WAIT_MS);
    let r = await this.#checkpoint(adapter);
    // busy 0: every frame is in the main file and the WAL is empty (log -1: not in WAL mode).
    for (let pause = 5; Number(r.busy) !== 0 && Date.now() < until; pause = Math.min(pause * 2, 200)) {
      await sleep(pause);
      r = await this.#checkpoint(adapter);
    }
    // Every frame copied (only the WAL's reset was blocked) is enough for the main file.
    if (Number(r.busy) === 0 || Number(r.log) === Number(r.checkpointed)) return;
    const done = `${Number(r.checkpointed)} of ${Number(r.log)} WAL frames checkpointed`;
    throw new ShredNotDurableError(`${done}; readers kept it busy`);
  }

  async #checkpoint(adapter: SqliteAdapter): Promise<CheckpointRow> {
    const lock = await (deferredStarts.get(adapter) ?? adapter.startTransaction)();
    const client = adapter.client;
    const timeout = client.pragma("busy_timeout", { simple: true });
    try {
      // The deferred BEGIN has read nothing, so it holds no lock; close it: a checkpoint
      // cannot run inside a transaction.
      this.#stmt(client, "COMMIT").run();
      client.pragma("busy_timeout = 50");
      return this.#stmt(client, "PRAGMA wal_checkpoint(TRUNCATE)").get() as CheckpointRow;
    } finally {
      client.pragma(`busy_timeout = ${Number(timeout)}`);
      await lock.commit(); // only releases the mutex
    }
  }

  #stmt(client: BetterSqlite3.Database, sql: string): BetterSqlite3.Statement {
    let s = this.#statements.get(sql);
    if (!s) {
      s = client.prepare(sql);
      // The adapter turns on safe integers for its connection; plain numbers here.
      if (s.reader) s.safeIntegers(false);
      if (this.#statements.size > 500) this.#statements.clear();
      this.#statements.set(sql, s);
    }
    return s;
  }

  #runner(client: BetterSqlite3.Database): SqlRunner {
    const runner: SqlRunner = {
      kind: "sqlite",
      query: async <T extends SqlRow>(sql: string, params: readonly SqlValue[] = []) => {
        const s = this.#stmt(client, sql);
        const args = params.map(sqliteArg);
        if (s.reader) return s.all(...args) as T[];
        s.run(...args);
        return [];
      },
      execute: async (sql, params = []) => this.#stmt(client, sql).run(...params.map(sqliteArg)).changes,
      lockedQuery: (_key, sql, params) => runner.query(sql, params),
    };
    return runner;
  }
}

// ── PostgreSQL: the pool Prisma's adapter uses ──────────────────────────────────────────

const TIMESTAMP_OID = 1114;
/** timestamp(3) columns hold UTC wall time (as Prisma writes them); node-pg would read them as local time. */
const pgTypes = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === TIMESTAMP_OID
      ? (s: string) => new Date(`${s.replace(" ", "T")}Z`)
      : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

// timestamp without time zone ignores the offset of its input: an ISO string in UTC is stored as is.
const pgArg = (v: SqlValue | undefined) => (v instanceof Date ? v.toISOString() : (v ?? null));

export class PgDriver implements Driver {
  readonly kind = "postgres" as const;
  /** Per SQL text: its prepared statement's name and its `$n` form. */
  readonly #prepared = new Map<string, { name: string; text: string }>();
  /** Background VACUUMs running, per table (flushDeletions). */
  readonly #vacuums = new Map<string, { again: boolean }>();

  readonly #pool: () => Promise<pg.Pool>;

  constructor(pool: () => Promise<pg.Pool>) {
    this.#pool = pool;
  }

  /** Without a transaction: each statement sees its own committed state (one round trip each). */
  async read<T>(fn: (sql: SqlRunner) => Promise<T>): Promise<T> {
    const client = await (await this.#pool()).connect();
    try {
      return await fn(this.#runner(client));
    } finally {
      client.release();
    }
  }

  queryOne<T extends SqlRow = SqlRow>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return this.read((runner) => runner.query<T>(sql, params));
  }

  /**
   * BEGIN is sent with the transaction's first statement (in the same round trip when that is
   * a lockedQuery); a transaction that sent nothing commits nothing.
   */
  async transaction<T>(fn: (sql: SqlRunner) => Promise<T>): Promise<T> {
    const client = await (await this.#pool()).connect();
    const tx = { begun: false };
    let broken: Error | undefined;
    try {
      const result = await fn(this.#runner(client, tx));
      if (tx.begun) await client.query("COMMIT");
      return result;
    } catch (e) {
      if (tx.begun) await client.query("ROLLBACK").catch((err: Error) => (broken = err));
      throw e;
    } finally {
      client.release(broken);
    }
  }

  /**
   * VACUUM (which cannot run in a transaction) on a pool connection, not awaited: the answer
   * does not wait for it. One at a time per table; requests meanwhile are served by one more run.
   */
  async flushDeletions(tables: readonly string[]): Promise<void> {
    for (const table of tables) {
      if (!/^[A-Za-z][A-Za-z0-9]*$/.test(table)) throw new Error(`flushDeletions: bad table ${table}`);
      const state = this.#vacuums.get(table);
      if (state) {
        state.again = true;
        continue;
      }
      const run = { again: false };
      this.#vacuums.set(table, run);
      void (async () => {
        try {
          do {
            run.again = false;
            await (await this.#pool()).query(`VACUUM "${table}"`);
          } while (run.again);
        } catch (e) {
          console.error(`strongroom: background VACUUM of ${table} failed`, e);
        } finally {
          this.#vacuums.delete(table);
        }
      })();
    }
  }

  /** Statements are prepared once per connection (named by their text's hash). */
  #statement(sql: string): { name: string; text: string } {
    let p = this.#prepared.get(sql);
    if (!p) {
      p = { name: `sr_${createHash("sha1").update(sql).digest("hex").slice(0, 20)}`, text: toPgPlaceholders(sql) };
      if (this.#prepared.size > 2000) this.#prepared.clear();
      this.#prepared.set(sql, p);
    }
    return p;
  }

  /** `tx`: a transaction whose BEGIN is still to be sent with its first statement (null: no transaction). */
  #runner(client: pg.PoolClient, tx: { begun: boolean } | null = null): SqlRunner {
    const begin = async () => {
      if (tx && !tx.begun) {
        tx.begun = true;
        await client.query("BEGIN");
      }
    };
    const run = async (sql: string, params: readonly SqlValue[]) => {
      await begin();
      return client.query({ ...this.#statement(sql), values: params.map(pgArg), types: pgTypes });
    };
    return {
      kind: "postgres",
      query: async <T extends SqlRow>(sql: string, params: readonly SqlValue[] = []) =>
        (await run(sql, params)).rows as T[],
      execute: async (sql, params = []) => (await run(sql, params)).rowCount ?? 0,
      lockedQuery: async <T extends SqlRow>(key: string, sql: string, params: readonly SqlValue[] = []) => {
        const script = pgLockScript(key, sql, params);
        if (!script) {
          await run(PG_XACT_LOCK, [key]);
          return (await run(sql, params)).rows as T[];
        }
        // One simple-protocol query of two (or three) statements. Under READ COMMITTED each
        // statement takes its own snapshot, so the read sees what the last holder committed.
        const opening = tx && !tx.begun ? "BEGIN; " : "";
        if (tx) tx.begun = true;
        const results = (await client.query({ text: opening + script, types: pgTypes })) as unknown as pg.QueryResult[];
        return results.at(-1)!.rows as T[];
      },
    };
  }
}

// Values inlined into a simple-protocol query are limited to what needs no escaping at all;
// anything else takes the two-round-trip path with bound parameters.
const PLAIN_TEXT = /^[A-Za-z0-9_:.-]{1,200}$/;

function pgLiteral(v: SqlValue | undefined): string | null {
  if (typeof v === "string") return PLAIN_TEXT.test(v) ? `'${v}'` : null;
  if (typeof v === "number") return Number.isSafeInteger(v) ? String(v) : null;
  return null;
}

/** The lock and the read as one SQL script, or null when a value cannot be inlined safely. */
export function pgLockScript(key: string, sql: string, params: readonly SqlValue[]): string | null {
  const values = [key, ...params].map(pgLiteral);
  if (values.some((v) => v === null)) return null;
  let i = 0;
  return `${PG_XACT_LOCK}; ${sql}`.replace(/\?/g, () => values[i++]!);
}
