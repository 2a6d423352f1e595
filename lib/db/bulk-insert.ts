// Multi-row INSERT through raw SQL, for bulk writes (the lifecycle sweep's audit records,
// notifications and mail): one statement per chunk instead of Prisma's per-row cost.
// Same SQL on SQLite and PostgreSQL; identifiers quoted as Prisma creates them.
import "server-only";
import { join, raw, sqltag as sql } from "@prisma/client/runtime/client";
import type { Tx } from "./index.ts";

type Value = string | number | boolean | Date | Uint8Array | null;

/**
 * Inserts `rows` (objects with exactly `columns` as keys) into `table`. With `onConflict`
 * (a unique column) rows that would violate it are skipped, and the values of that column for
 * the rows actually inserted are returned.
 */
export async function bulkInsert(
  tx: Tx,
  table: string,
  columns: readonly string[],
  rows: readonly Record<string, Value>[],
  opts: { onConflict?: string } = {},
): Promise<Set<string>> {
  const inserted = new Set<string>();
  const quote = (name: string) => {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) throw new Error(`bulkInsert: bad identifier ${name}`);
    return `"${name}"`;
  };
  const head = raw(`INSERT INTO ${quote(table)} (${columns.map(quote).join(", ")}) VALUES `);
  const perChunk = Math.max(1, Math.floor(4000 / columns.length));
  for (let i = 0; i < rows.length; i += perChunk) {
    const values = join(rows.slice(i, i + perChunk).map((r) => sql`(${join(columns.map((c) => r[c] ?? null))})`));
    if (opts.onConflict) {
      const key = quote(opts.onConflict);
      const back = await tx.$queryRaw<Record<string, string>[]>(sql`${head}${values} ON CONFLICT (${raw(key)}) DO NOTHING RETURNING ${raw(key)}`);
      for (const r of back) inserted.add(r[opts.onConflict]!);
    } else {
      await tx.$executeRaw(sql`${head}${values}`);
    }
  }
  return inserted;
}
