// Multi-row INSERT through raw SQL, for bulk writes (the lifecycle sweep's audit records,
// notifications and mail, imports, the group commit of uses): one statement per chunk instead
// of Prisma's per-row cost. Same SQL on SQLite and PostgreSQL; identifiers quoted as Prisma
// creates them. Runs in a Prisma transaction or on the raw driver (driver.ts).
import "server-only";
import type { Tx } from "./index.ts";
import type { SqlRunner, SqlValue } from "./driver.ts";
import { asSqlRunner } from "./prisma-sql.ts";

const quote = (name: string) => {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) throw new Error(`bulkInsert: bad identifier ${name}`);
  return `"${name}"`;
};

/**
 * Inserts `rows` (objects with exactly `columns` as keys) into `table`. With `onConflict`
 * (a unique column) rows that would violate it are skipped, and the values of that column for
 * the rows actually inserted are returned.
 */
export async function bulkInsert(
  tx: Tx | SqlRunner,
  table: string,
  columns: readonly string[],
  rows: readonly Record<string, SqlValue | undefined>[],
  opts: { onConflict?: string } = {},
): Promise<Set<string>> {
  const sql = asSqlRunner(tx);
  const inserted = new Set<string>();
  const head = `INSERT INTO ${quote(table)} (${columns.map(quote).join(", ")}) VALUES `;
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  const perChunk = Math.max(1, Math.floor(4000 / columns.length));
  for (let i = 0; i < rows.length; i += perChunk) {
    const chunk = rows.slice(i, i + perChunk);
    const text = head + chunk.map(() => tuple).join(", ");
    const params = chunk.flatMap((r) => columns.map((c) => r[c] ?? null));
    if (opts.onConflict) {
      const key = quote(opts.onConflict);
      const back = await sql.query<Record<string, string>>(
        `${text} ON CONFLICT (${key}) DO NOTHING RETURNING ${key}`,
        params,
      );
      for (const r of back) inserted.add(r[opts.onConflict]!);
    } else {
      await sql.execute(text, params);
    }
  }
  return inserted;
}
