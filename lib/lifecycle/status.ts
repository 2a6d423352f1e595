// The status of a secret as it is now, whether or not the sweep has recorded it yet, and why it
// cannot be used (PRODUCT.md §3). Pure; read from the machine itself (settle.ts), so a page, a
// use and the sweep never disagree about expiry or a deletion that came due.
import type { SecretStatus } from "../domain/constants.ts";
import { isoDay } from "../time/days.ts";
import { settle } from "./settle.ts";
import type { LifecycleRow } from "./timed-transitions.ts";

export type LifecycleFacts = LifecycleRow & { name: string };

// Inactivity is not judged here (the sweep records it; an Inactive secret is usable anyway),
// so reading a status needs neither the organization's periods nor `idleSince`.
const READ = ["dueDeletion", "expire", "restore"] as const;
const NO_PERIODS = { inactivityDays: 0, graceDays: 0, tombstoneDays: 0 };

/**
 * The status to show and enforce now: a deletion that has come due (automatic or scheduled)
 * makes a secret Deleted; an expiration date that has passed makes it Expired (whichever of
 * the two came first; a schedule ignores expiry); a stored Expired whose date was moved into
 * the future (or removed) is Active again.
 */
export function effectiveStatus(s: Omit<LifecycleRow, "idleSince">, now: Date): SecretStatus {
  const settled = settle(s, NO_PERIODS, now, READ);
  return (settled ? settled.data.status : s.status) as SecretStatus;
}

export type UsabilityProblem = { code: string; message: string };

/** Why a secret cannot be used now, or null when it can (Active and Inactive are usable). */
export function usabilityProblem(s: LifecycleFacts, now: Date): UsabilityProblem | null {
  switch (effectiveStatus(s, now)) {
    case "ACTIVE":
    case "INACTIVE":
      return null;
    case "EXPIRED":
      return {
        code: "secret_expired",
        message: `The secret "${s.name}" expired on ${isoDay(s.expiresAt ?? now)} and cannot be used.`,
      };
    case "SCHEDULED_FOR_DELETION":
      return {
        code: "secret_scheduled_for_deletion",
        message:
          `The secret "${s.name}" is scheduled for deletion` +
          (s.deletionDueAt ? ` on ${isoDay(s.deletionDueAt)}` : "") +
          " and cannot be used until someone cancels the deletion.",
      };
    case "DELETED":
      return {
        code: "secret_deleted",
        message:
          `The secret "${s.name}" was deleted` +
          (s.status !== "DELETED" && s.deletionDueAt ? ` on ${isoDay(s.deletionDueAt)}` : "") +
          " and can no longer be used.",
      };
  }
}
