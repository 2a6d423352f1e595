// Status rules of PRODUCT.md §3 that apply at the moment of reading or using a secret.
// Pure functions; the sweep (time-driven transitions) builds on the same rules.
import type { SecretStatus } from "../domain/constants.ts";

export type LifecycleFacts = {
  name: string;
  status: string;
  expiresAt: Date | null;
  deletionDueAt: Date | null;
};

const day = (d: Date) => d.toISOString().slice(0, 10);

const passed = (d: Date | null, now: Date) => d !== null && d.getTime() <= now.getTime();

/**
 * The status to show and enforce now, whether or not the sweep has recorded it yet: a deletion
 * that has come due (automatic or scheduled) makes a secret Deleted; an expiration date that
 * has passed makes it Expired (deletion states take precedence); a stored Expired whose date
 * was moved into the future (or removed) is Active again.
 */
export function effectiveStatus(s: LifecycleFacts, now: Date): SecretStatus {
  if (s.status === "DELETED") return "DELETED";
  if ((s.status === "SCHEDULED_FOR_DELETION" || s.status === "INACTIVE") && passed(s.deletionDueAt, now)) return "DELETED";
  if (s.status === "SCHEDULED_FOR_DELETION") return s.status;
  if (passed(s.expiresAt, now)) return "EXPIRED";
  if (s.status === "EXPIRED") return "ACTIVE";
  return s.status as SecretStatus;
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
        message: `The secret "${s.name}" expired on ${day(s.expiresAt ?? now)} and cannot be used.`,
      };
    case "SCHEDULED_FOR_DELETION":
      return {
        code: "secret_scheduled_for_deletion",
        message:
          `The secret "${s.name}" is scheduled for deletion` +
          (s.deletionDueAt ? ` on ${day(s.deletionDueAt)}` : "") +
          " and cannot be used until someone cancels the deletion.",
      };
    case "DELETED":
      return {
        code: "secret_deleted",
        message:
          `The secret "${s.name}" was deleted` +
          (s.status !== "DELETED" && s.deletionDueAt ? ` on ${day(s.deletionDueAt)}` : "") +
          " and can no longer be used.",
      };
  }
}

/**
 * The changes a use makes: last use recorded and a new inactivity period started; an Inactive
 * secret becomes Active again and its automatic deletion is cancelled (a use on the last day
 * before the deletion still counts; after the due time the secret is Deleted and not usable).
 */
export function useTransition(s: LifecycleFacts, now: Date) {
  const reactivated = s.status === "INACTIVE";
  return {
    reactivated,
    data: {
      lastUsedAt: now,
      idleSince: now,
      ...(reactivated ? { status: "ACTIVE", inactiveSince: null, deletionDueAt: null } : {}),
    },
  };
}
