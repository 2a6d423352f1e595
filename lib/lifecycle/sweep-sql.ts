// The lifecycle's raw SQL, for both databases, in one place. Prisma cannot express an atomic
// "claim up to n due rows" (UPDATE ... WHERE id IN (SELECT ... LIMIT n) RETURNING): on
// PostgreSQL the sub-select takes row locks with FOR UPDATE SKIP LOCKED so that parallel
// sweeps claim disjoint rows; on SQLite the single writer makes the statement atomic and the
// claim is the transaction's first write, so no other sweep can interleave. Identifiers are
// quoted exactly as Prisma creates them ("Secret", "deletionDueAt").
import "server-only";
import { empty, join, raw, sqltag as sql, type Sql } from "@prisma/client/runtime/client";
import { databaseKind, db, type Tx } from "../db/index.ts";
import { asDate } from "../db/driver.ts";
import { skipLocked } from "../db/prisma-sql.ts";
import type { OrgFilter } from "./settings-groups.ts";

export { sql, type Sql };

/**
 * A transaction of the sweep. On PostgreSQL it does not wait for its commit to reach the disk
 * (synchronous_commit off, for this transaction only): each one is self-contained (the
 * transitions with their audit records, or reminders with their mail), so a crash can only
 * lose whole transactions, whose rows are still due and are done again by the next sweep.
 * On a busy disk that wait was most of a sweep's time.
 */
export function sweepTransaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(
    async (tx) => {
      if (databaseKind() === "postgres") await tx.$executeRaw`SET LOCAL synchronous_commit = off`;
      return fn(tx);
    },
    { timeout: 120_000, maxWait: 60_000 },
  );
}

export function orgFilterSql(filter: OrgFilter): Sql {
  if (!filter) return empty;
  if ("in" in filter) return filter.in.length ? sql`AND "orgId" IN (${join(filter.in)})` : sql`AND 1 = 0`;
  return filter.notIn.length ? sql`AND "orgId" NOT IN (${join(filter.notIn)})` : empty;
}

export type ClaimedSecret = {
  id: string;
  orgId: string;
  name: string;
  scope: string;
  ownerId: string | null;
  status: string;
  idleSince: Date;
  expiresAt: Date | null;
  inactiveSince: Date | null;
  deletionDueAt: Date | null;
};

/**
 * Claims up to `limit` due secrets for the rest of the transaction and returns their lifecycle
 * facts. PostgreSQL: row locks, skipping rows another sweep holds. SQLite: the transaction first
 * takes the database's write lock (a write that matches nothing), so no other sweep can read
 * the same rows until this one commits. The caller's updates change every claimed row's status,
 * so a committed claim is never claimed again.
 */
export async function claimSecrets(tx: Tx, where: Sql, limit: number): Promise<ClaimedSecret[]> {
  if (databaseKind() === "sqlite") await tx.$executeRaw(sql`UPDATE "Secret" SET "version" = "version" WHERE "id" = ''`);
  const rows = await tx.$queryRaw<Record<string, unknown>[]>(sql`
    SELECT "id", "orgId", "name", "scope", "ownerId", "status", "idleSince", "expiresAt", "inactiveSince", "deletionDueAt"
    FROM "Secret" WHERE ${where} LIMIT ${limit} ${skipLocked()}`);
  return rows.map((r) => ({
    id: String(r.id),
    orgId: String(r.orgId),
    name: String(r.name),
    scope: String(r.scope),
    ownerId: (r.ownerId as string | null) ?? null,
    status: String(r.status),
    idleSince: asDate(r.idleSince)!,
    expiresAt: asDate(r.expiresAt),
    inactiveSince: asDate(r.inactiveSince),
    deletionDueAt: asDate(r.deletionDueAt),
  }));
}

/** Deletes up to `limit` tombstones matching `where` (purge.due; values and usages cascade). */
export async function purgeTombstones(tx: Tx, where: Sql, limit: number): Promise<PurgedSecret[]> {
  return tx.$queryRaw(sql`
    DELETE FROM "Secret"
    WHERE "id" IN (SELECT "id" FROM "Secret" WHERE ${where} LIMIT ${limit} ${skipLocked()})
    RETURNING "id", "orgId", "name", "scope", "ownerId"`);
}

export type PurgedSecret = { id: string; orgId: string; name: string; scope: string; ownerId: string | null };

type Value = string | Date | null;

/**
 * Writes each secret's own field values and bumps its revision. Rows are grouped by their
 * columns and non-date values (one statement per group and 500 rows); dates, which differ per
 * row (each transition is dated when it came due), travel in a VALUES list.
 */
export async function updateRows(tx: Tx, rows: { id: string; data: Record<string, Value> }[], now: Date) {
  const ts = (d: Date) => (databaseKind() === "postgres" ? sql`CAST(${d} AS TIMESTAMP(3))` : sql`${d}`);
  const groups = new Map<string, { fixed: [string, Value][]; dated: string[]; rows: typeof rows }>();
  for (const row of rows) {
    const entries = Object.entries(row.data);
    for (const [column] of entries) {
      if (!/^[A-Za-z]+$/.test(column)) throw new Error(`updateRows: bad column ${column}`);
    }
    const fixed = entries.filter(([, v]) => !(v instanceof Date)).sort(([a], [b]) => a.localeCompare(b));
    const dated = entries
      .filter(([, v]) => v instanceof Date)
      .map(([c]) => c)
      .sort();
    const key = JSON.stringify([fixed, dated]);
    const g = groups.get(key) ?? { fixed, dated, rows: [] };
    g.rows.push(row);
    groups.set(key, g);
  }
  for (const { fixed, dated, rows: members } of groups.values()) {
    const set = join([
      ...fixed.map(([c, v]) => sql`${raw(`"${c}"`)} = ${v}`),
      ...dated.map((c, i) => raw(`"${c}" = v.column${i + 2}`)),
      sql`"version" = "version" + 1`,
      sql`"updatedAt" = ${now}`,
    ]);
    for (let i = 0; i < members.length; i += 500) {
      const values = members
        .slice(i, i + 500)
        .map((r) => sql`(${join([sql`${r.id}`, ...dated.map((c) => ts(r.data[c] as Date))])})`);
      await tx.$executeRaw(sql`
        UPDATE "Secret" SET ${set}
        FROM (VALUES ${join(values)}) AS v
        WHERE "Secret"."id" = v.column1`);
    }
  }
}
