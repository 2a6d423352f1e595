// The notifications' raw SQL, for both databases: idempotent inserts and the outbox claim
// (UPDATE ... WHERE id IN (SELECT ... LIMIT n) RETURNING, which Prisma cannot express).
import "server-only";
import { sqltag as sql } from "@prisma/client/runtime/client";
import type { Tx } from "../db/index.ts";
import { bulkInsert } from "../db/bulk-insert.ts";
import { skipLocked } from "../db/prisma-sql.ts";

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

const NOTIFICATION_COLUMNS = [
  "id",
  "orgId",
  "userId",
  "kind",
  "secretId",
  "title",
  "body",
  "link",
  "idempotencyKey",
  "createdAt",
] as const;

/** Inserts notifications, skipping any whose idempotency key exists; returns the keys inserted by this call. */
export function insertNotifications(tx: Tx, rows: NotificationRow[]): Promise<Set<string>> {
  return bulkInsert(tx, "Notification", NOTIFICATION_COLUMNS, rows, { onConflict: "idempotencyKey" });
}

export type ClaimedMail = { id: string; to: string; subject: string; text: string; attempts: number };

/** Claims unsent mail that is due for an attempt, leasing it until `leaseUntil` and counting the attempt. */
export async function claimMail(tx: Tx, now: Date, leaseUntil: Date, maxAttempts: number, limit: number) {
  return tx.$queryRaw<ClaimedMail[]>(sql`
    UPDATE "OutboxMail" SET "attempts" = "attempts" + 1, "nextAttemptAt" = ${leaseUntil}
    WHERE "id" IN (
      SELECT "id" FROM "OutboxMail"
      WHERE "sentAt" IS NULL AND "nextAttemptAt" <= ${now} AND "attempts" < ${maxAttempts}
      ORDER BY "nextAttemptAt" LIMIT ${limit} ${skipLocked()})
    RETURNING "id", "to", "subject", "text", "attempts"`);
}
