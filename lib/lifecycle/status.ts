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

/**
 * The status to show and enforce now. An expiration date that has passed makes a secret
 * Expired even before the sweep has recorded it; deletion states take precedence.
 */
export function effectiveStatus(s: LifecycleFacts, now: Date): SecretStatus {
  if (s.status === "DELETED" || s.status === "SCHEDULED_FOR_DELETION") return s.status;
  if (s.expiresAt && s.expiresAt.getTime() <= now.getTime()) return "EXPIRED";
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
      return { code: "secret_deleted", message: `The secret "${s.name}" was deleted and can no longer be used.` };
  }
}

/** The changes a use makes: last use recorded; an Inactive secret becomes Active again and its automatic deletion is cancelled. */
export function useTransition(s: LifecycleFacts, now: Date) {
  const reactivated = s.status === "INACTIVE";
  return {
    reactivated,
    data: {
      lastUsedAt: now,
      ...(reactivated ? { status: "ACTIVE", inactiveSince: null, deletionDueAt: null } : {}),
    },
  };
}
