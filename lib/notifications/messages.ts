// The words of lifecycle notifications and their e-mails (pure).
import { DAY_MS, isoDay } from "../time/days.ts";

const inDays = (n: number) => (n <= 1 ? "in 1 day" : `in ${n} days`);

/** Whole days left until `due`, rounded up (a reminder sent at its mark says exactly the mark). */
export function daysLeft(due: Date, now: Date): number {
  return Math.max(1, Math.ceil((due.getTime() - now.getTime()) / DAY_MS));
}

export type Message = { kind: string; title: string; body: string };

export function deletionReminder(name: string, due: Date, now: Date, scheduled: boolean): Message {
  const left = daysLeft(due, now);
  return {
    kind: "DELETION_REMINDER",
    title: `"${name}" will be deleted ${inDays(left)}`,
    body: scheduled
      ? `The secret "${name}" is scheduled for deletion on ${isoDay(due)}. Cancel the deletion to keep it.`
      : `The secret "${name}" has not been used for a while and is Inactive. It will be deleted automatically on ${isoDay(due)}; using it cancels the deletion.`,
  };
}

export function expiryReminder(name: string, expiresAt: Date, now: Date): Message {
  const left = daysLeft(expiresAt, now);
  return {
    kind: "EXPIRY_REMINDER",
    title: `"${name}" expires ${inDays(left)}`,
    body: `The secret "${name}" expires on ${isoDay(expiresAt)}. After that date it cannot be used; update its value and expiration date to keep it working.`,
  };
}

export function reactivated(name: string, cancelledDue: Date | null): Message {
  return {
    kind: "SECRET_REACTIVATED",
    title: `"${name}" is Active again`,
    body:
      `The Inactive secret "${name}" was used and is Active again` +
      (cancelledDue ? `; its automatic deletion on ${isoDay(cancelledDue)} was cancelled.` : "."),
  };
}
