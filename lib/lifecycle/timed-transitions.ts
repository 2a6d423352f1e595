// The time-driven transitions of PRODUCT.md §3, each defined once (pure): when it comes due
// as a function of the secret's facts (for the pure machine, settle.ts) and, beside it, the
// SQL predicate by which the sweep finds the same rows through a (status, <date>) index; and
// the fields it writes. Dated at the moment each became due, never at the time the sweep ran.
import { sqltag as sql, type Sql } from "@prisma/client/runtime/client";
import { addDays } from "../time/days.ts";

export type Periods = { inactivityDays: number; graceDays: number; tombstoneDays: number };

/** The lifecycle facts the rules read. `idleSince` is left out where inactivity does not matter. */
export type LifecycleRow = {
  status: string;
  idleSince?: Date | null;
  expiresAt: Date | null;
  inactiveSince?: Date | null;
  deletionDueAt: Date | null;
  purgeAt?: Date | null;
};

/** The fields of a deletion at `at` (now, or when a deletion came due): a tombstone until its purge date. */
export const deletedFields = (at: Date, p: Pick<Periods, "tombstoneDays">) => ({
  status: "DELETED",
  liveName: null,
  inactiveSince: null,
  deletedAt: at,
  deletionDueAt: null,
  purgeAt: addDays(at, p.tombstoneDays),
});

const passed = (d: Date | null | undefined, now: Date) => (d != null && d.getTime() <= now.getTime() ? d : null);

/**
 * A transition the sweep applies. `dueAt` is when it happened (at or before `now`), or null
 * when it is not due; `due` finds the same rows in SQL. `data` is dated at `dueAt`, never at
 * the time the sweep ran, so the outcome does not depend on when (or how often) it runs.
 */
export type TimedTransition = {
  audit: string;
  dueAt(row: LifecycleRow, p: Periods, now: Date): Date | null;
  due(now: Date, inactivityDays: number): Sql;
  data(row: LifecycleRow, p: Periods, at: Date): Record<string, string | Date | null>;
};

/** Active → Inactive when the inactivity period ends; automatic deletion due a grace period later. */
export const inactivate = {
  audit: "secret.inactive",
  dueAt: (row, p, now) =>
    row.status === "ACTIVE" && row.idleSince ? passed(addDays(row.idleSince, p.inactivityDays), now) : null,
  // Per group of organizations with the same inactivity period (settings-groups.ts).
  due: (now: Date, inactivityDays: number): Sql =>
    sql`"status" = 'ACTIVE' AND "idleSince" <= ${addDays(now, -inactivityDays)}`,
  data: (_row, p, at) => ({ status: "INACTIVE", inactiveSince: at, deletionDueAt: addDays(at, p.graceDays) }),
} satisfies TimedTransition;

/** Active or Inactive → Expired on the expiration date; an automatic deletion is cancelled (kept, not usable). */
export const expire = {
  audit: "secret.expire",
  dueAt: (row, _p, now) => (row.status === "ACTIVE" || row.status === "INACTIVE" ? passed(row.expiresAt, now) : null),
  due: (now: Date): Sql => sql`"status" IN ('ACTIVE', 'INACTIVE') AND "expiresAt" <= ${now}`,
  data: () => ({ status: "EXPIRED", inactiveSince: null, deletionDueAt: null }),
} satisfies TimedTransition;

/**
 * Expired → Active when its expiration date was moved into the future or removed, with a new
 * inactivity period. Its only date is the sweep's time: the edit that caused it is not a fact.
 */
export const restore = {
  audit: "secret.restore",
  dueAt: (row, _p, now) => (row.status === "EXPIRED" && !passed(row.expiresAt, now) ? now : null),
  due: (now: Date): Sql => sql`"status" = 'EXPIRED' AND ("expiresAt" IS NULL OR "expiresAt" > ${now})`,
  data: (_row, _p, at) => ({ status: "ACTIVE", idleSince: at }),
} satisfies TimedTransition;

/** Inactive or Scheduled for deletion → Deleted on the due date (the sweep destroys the key material). */
export const dueDeletion = {
  audit: "secret.delete",
  dueAt: (row, _p, now) =>
    row.status === "INACTIVE" || row.status === "SCHEDULED_FOR_DELETION" ? passed(row.deletionDueAt, now) : null,
  due: (now: Date): Sql => sql`"status" IN ('INACTIVE', 'SCHEDULED_FOR_DELETION') AND "deletionDueAt" <= ${now}`,
  data: (_row, p, at) => deletedFields(at, p),
} satisfies TimedTransition;

/** A tombstone past its purge date is removed for good (the audit trail keeps its history). */
export const purge = {
  audit: "secret.purge",
  dueAt: (row: LifecycleRow, now: Date) => (row.status === "DELETED" ? passed(row.purgeAt, now) : null),
  due: (now: Date): Sql => sql`"status" = 'DELETED' AND "purgeAt" <= ${now}`,
};

/**
 * The status transitions in the order that breaks ties between events due at the same instant:
 * a deletion due when the secret expires still happens; an expiry on the day the inactivity
 * period ends wins over inactivity.
 */
export const TIMED = { dueDeletion, expire, inactivate, restore } as const;
export type TimedKind = keyof typeof TIMED;
