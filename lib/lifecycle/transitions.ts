// The transitions a person or a consumer causes (PRODUCT.md §3), each defined once (pure):
// whether it is allowed — judged on the status as it is now (status.ts), whether or not the
// sweep has recorded it — and the fields it writes. The services call these; the
// time-driven transitions are in timed-transitions.ts.
import { ConflictError } from "../errors/index.ts";
import { addDays, isoDay } from "../time/days.ts";
import { effectiveStatus, type LifecycleFacts } from "./status.ts";
import { deletedFields, type LifecycleRow, type Periods } from "./timed-transitions.ts";

/** Register: Active, its first inactivity period starting now. */
export const registerTransition = (now: Date) => ({ status: "ACTIVE", idleSince: now });

/** Stored statuses a use may write to (the effective status decides whether the use is allowed). */
export const USABLE_STORED = ["ACTIVE", "INACTIVE"] as const;

/** The write of every use: last use recorded and a new inactivity period started. */
export const useMark = (now: Date) => ({ lastUsedAt: now, idleSince: now });

/**
 * Use: records the use; an Inactive secret becomes Active again and its automatic deletion is
 * cancelled (a use on the last day before the deletion still counts; after the due time the
 * secret is Deleted and not usable — the caller checks usability first).
 */
export function useTransition(s: Pick<LifecycleRow, "status">, now: Date) {
  const reactivated = s.status === "INACTIVE";
  return {
    reactivated,
    data: { ...useMark(now), ...(reactivated ? { status: "ACTIVE", inactiveSince: null, deletionDueAt: null } : {}) },
  };
}

/**
 * Schedule deletion: allowed from Active, Inactive and Expired (as they are now, whether or not
 * the sweep has recorded it); deletion due a grace period later.
 */
export function scheduleDeletionTransition(secret: LifecycleFacts, settings: Pick<Periods, "graceDays">, now: Date) {
  const status = effectiveStatus(secret, now);
  if (status === "DELETED")
    throw new ConflictError(`The secret "${secret.name}" was deleted; its deletion cannot be scheduled.`);
  if (status === "SCHEDULED_FOR_DELETION") {
    const on = secret.deletionDueAt ? ` on ${isoDay(secret.deletionDueAt)}.` : ".";
    throw new ConflictError(`The secret "${secret.name}" is already scheduled for deletion${on}`);
  }
  const deletionDueAt = addDays(now, settings.graceDays);
  return {
    deletionDueAt,
    data: {
      status: "SCHEDULED_FOR_DELETION",
      deletionScheduledAt: now,
      deletionDueAt,
      inactiveSince: null,
      version: { increment: 1 },
    },
  };
}

/**
 * Cancel deletion: restores Active (or Expired when its expiration date has passed) and starts
 * a new inactivity period. Once the deletion has come due it cannot be cancelled, even if the
 * sweep has not yet run: the outcome never depends on when the sweep runs.
 */
export function cancelDeletionTransition(secret: LifecycleFacts, now: Date) {
  const status = effectiveStatus(secret, now);
  if (status === "DELETED") {
    throw new ConflictError(
      secret.status === "DELETED"
        ? `The secret "${secret.name}" was deleted; its deletion cannot be cancelled.`
        : `The deletion of "${secret.name}" came due on ${isoDay(secret.deletionDueAt ?? now)} ` +
            "and can no longer be cancelled.",
    );
  }
  if (secret.status !== "SCHEDULED_FOR_DELETION") {
    throw new ConflictError(`The secret "${secret.name}" is not scheduled for deletion.`);
  }
  const expired = secret.expiresAt !== null && secret.expiresAt.getTime() <= now.getTime();
  return {
    data: {
      status: expired ? "EXPIRED" : "ACTIVE",
      deletionScheduledAt: null,
      deletionDueAt: null,
      inactiveSince: null,
      idleSince: now,
      version: { increment: 1 },
    },
  };
}

/**
 * Delete now: in any status (the caller destroys the key material in the same transaction). A
 * secret whose deletion already came due is dated on its due day, as the sweep would have.
 */
export function deleteNowTransition(
  row: Omit<LifecycleRow, "idleSince">,
  p: Pick<Periods, "tombstoneDays">,
  now: Date,
) {
  const cameDue = row.status !== "DELETED" && effectiveStatus(row, now) === "DELETED" ? row.deletionDueAt : null;
  return deletedFields(cameDue ?? now, p);
}
