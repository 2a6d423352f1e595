// A Prisma transaction as a SqlRunner, so that SQL written once (bulk inserts, audit chain
// appends) runs both inside Prisma transactions and on the raw driver (driver.ts).
import "server-only";
import { empty, sqltag } from "@prisma/client/runtime/client";
import { databaseKind, type Tx } from "./index.ts";
import { PG_XACT_LOCK, toPgPlaceholders, type SqlRow, type SqlRunner, type SqlValue } from "./driver.ts";

export function prismaSql(tx: Tx): SqlRunner {
  const kind = databaseKind();
  const text = (sql: string) => (kind === "postgres" ? toPgPlaceholders(sql) : sql);
  const runner: SqlRunner = {
    kind,
    query: <T extends SqlRow>(sql: string, params: readonly SqlValue[] = []) =>
      tx.$queryRawUnsafe<T[]>(text(sql), ...params),
    execute: (sql: string, params: readonly SqlValue[] = []) => tx.$executeRawUnsafe(text(sql), ...params),
    lockedQuery: async <T extends SqlRow>(key: string, sql: string, params: readonly SqlValue[] = []) => {
      if (kind === "postgres") await runner.execute(PG_XACT_LOCK, [key]);
      return runner.query<T>(sql, params);
    },
  };
  return runner;
}

export function isSqlRunner(x: Tx | SqlRunner): x is SqlRunner {
  return typeof (x as SqlRunner).query === "function" && typeof (x as SqlRunner).execute === "function";
}

/** Either kind of transaction handle as a SqlRunner. */
export const asSqlRunner = (x: Tx | SqlRunner): SqlRunner => (isSqlRunner(x) ? x : prismaSql(x));

/**
 * Appended to a sub-select that claims rows: on PostgreSQL parallel claimers (several
 * instances) then take disjoint rows; SQLite's single writer needs nothing.
 */
export const skipLocked = () => (databaseKind() === "postgres" ? sqltag`FOR UPDATE SKIP LOCKED` : empty);
