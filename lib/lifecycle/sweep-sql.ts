// The lifecycle's raw SQL, for both databases, in one place. Prisma cannot express an atomic
// "claim up to n due rows" (UPDATE ... WHERE id IN (SELECT ... LIMIT n) RETURNING): on
// PostgreSQL the sub-select takes row locks with FOR UPDATE SKIP LOCKED so that parallel
// sweeps claim disjoint rows; on SQLite the single writer makes the statement atomic and the
// claim is the transaction's first write, so no other sweep can interleave. Identifiers are
// quoted exactly as Prisma creates them ("Secret", "deletionDueAt").
import "server-only";
import { empty, join, raw, sqltag as sql, type Sql } from "@prisma/client/runtime/client";
import { databaseKind, db, type Tx } from "../db/index.ts";
import { bulkInsert } from "../db/bulk-insert.ts";
import { asDate } from "../db/driver.ts";
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

const skipLocked = () => (databaseKind() === "postgres" ? sql`FOR UPDATE SKIP LOCKED` : empty);

export function orgFilterSql(filter: OrgFilter): Sql {
  if (!filter) return empty;
  if ("in" in filter) return filter.in.length ? sql`AND "orgId" IN (${join(filter.in)})` : sql`AND 1 = 0`;
  return filter.notIn.length ? sql`AND "orgId" NOT IN (${join(filter.notIn)})` : empty;
}

/** Due-work conditions on "Secret"; each is served by one of its (status, <date>) indexes. */
export const due = {
  expiry: (now: Date) => sql`"status" IN ('ACTIVE', 'INACTIVE') AND "expiresAt" <= ${now}`,
  inactivity: (cutoff: Date, filter: OrgFilter) => sql`"status" = 'ACTIVE' AND "idleSince" <= ${cutoff} ${orgFilterSql(filter)}`,
  deletion: (now: Date) => sql`"status" IN ('INACTIVE', 'SCHEDULED_FOR_DELETION') AND "deletionDueAt" <= ${now}`,
  restore: (now: Date) => sql`"status" = 'EXPIRED' AND ("expiresAt" IS NULL OR "expiresAt" > ${now})`,
  purge: (now: Date) => sql`"status" = 'DELETED' AND "purgeAt" <= ${now}`,
};

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

type Value = string | number | Date | null;

/** Sets the same column values on the given secrets and bumps their revision (one statement per 500 ids). */
export async function updateSecrets(tx: Tx, ids: string[], data: Record<string, Value>): Promise<void> {
  const set = join(
    Object.entries(data).map(([column, value]) => {
      if (!/^[A-Za-z]+$/.test(column)) throw new Error(`updateSecrets: bad column ${column}`);
      return sql`${raw(`"${column}"`)} = ${value}`;
    }),
  );
  for (let i = 0; i < ids.length; i += 500) {
    await tx.$executeRaw(sql`UPDATE "Secret" SET ${set}, "version" = "version" + 1 WHERE "id" IN (${join(ids.slice(i, i + 500))})`);
  }
}

/** Deletes up to `limit` tombstones matching `where` (due.purge; values and usages cascade). */
export async function purgeTombstones(tx: Tx, where: Sql, limit: number): Promise<PurgedSecret[]> {
  return tx.$queryRaw(sql`
    DELETE FROM "Secret"
    WHERE "id" IN (SELECT "id" FROM "Secret" WHERE ${where} LIMIT ${limit} ${skipLocked()})
    RETURNING "id", "orgId", "name", "scope", "ownerId"`);
}

export type PurgedSecret = { id: string; orgId: string; name: string; scope: string; ownerId: string | null };

/** Active → Inactive for many rows at once, each with its own dates (computed by sweepOutcome); bumps revisions. */
export async function setInactive(tx: Tx, rows: { id: string; inactiveSince: Date; deletionDueAt: Date }[], now: Date): Promise<void> {
  const ts = (d: Date) => (databaseKind() === "postgres" ? sql`CAST(${d} AS TIMESTAMP(3))` : sql`${d}`);
  for (let i = 0; i < rows.length; i += 500) {
    const values = rows.slice(i, i + 500).map((r) => sql`(${r.id}, ${ts(r.inactiveSince)}, ${ts(r.deletionDueAt)})`);
    await tx.$executeRaw(sql`
      UPDATE "Secret" SET "status" = 'INACTIVE', "inactiveSince" = v.column2, "deletionDueAt" = v.column3,
        "version" = "version" + 1, "updatedAt" = ${now}
      FROM (VALUES ${join(values)}) AS v
      WHERE "Secret"."id" = v.column1`);
  }
}

export type NotificationRow = {
  id: string;
  orgId: string;
  userId: string;
  kind: string;
  secretId: string | null;
  title: string;
  body: string;
  link: string | null;
  idempotencyKey: string;
  createdAt: Date;
};

const NOTIFICATION_COLUMNS = ["id", "orgId", "userId", "kind", "secretId", "title", "body", "link", "idempotencyKey", "createdAt"] as const;

/** Inserts notifications, skipping any whose idempotency key exists; returns the keys inserted by this call. */
export function insertNotifications(tx: Tx, rows: NotificationRow[]): Promise<Set<string>> {
  return bulkInsert(tx, "Notification", NOTIFICATION_COLUMNS, rows, { onConflict: "idempotencyKey" });
}

export type ClaimedMail = { id: string; to: string; subject: string; text: string; attempts: number };

/** Claims unsent mail that is due for an attempt, leasing it until `leaseUntil` and counting the attempt. */
export async function claimMail(tx: Tx, now: Date, leaseUntil: Date, maxAttempts: number, limit: number): Promise<ClaimedMail[]> {
  return tx.$queryRaw(sql`
    UPDATE "OutboxMail" SET "attempts" = "attempts" + 1, "nextAttemptAt" = ${leaseUntil}
    WHERE "id" IN (
      SELECT "id" FROM "OutboxMail"
      WHERE "sentAt" IS NULL AND "nextAttemptAt" <= ${now} AND "attempts" < ${maxAttempts}
      ORDER BY "nextAttemptAt" LIMIT ${limit} ${skipLocked()})
    RETURNING "id", "to", "subject", "text", "attempts"`);
}
