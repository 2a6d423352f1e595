// The state machine of PRODUCT.md §3 as pure functions: each takes the secret's lifecycle
// facts, the organization's settings and the time, and returns the Prisma update data of the
// transition, or throws an expected error naming why the transition is not allowed.
// The sweep (lib/lifecycle/sweep) applies the time-driven transitions with the same rules.
import { ConflictError } from "../errors/index.ts";
import type { LifecycleSettings } from "./settings.ts";
import { effectiveStatus, type LifecycleFacts } from "./status.ts";

export const DAY_MS = 86_400_000;

export const addDays = (d: Date, days: number) => new Date(d.getTime() + days * DAY_MS);
const day = (d: Date) => d.toISOString().slice(0, 10);

/** Schedule deletion: allowed from Active, Inactive and Expired; deletion due a grace period later. */
export function scheduleDeletionTransition(secret: LifecycleFacts, settings: Pick<LifecycleSettings, "graceDays">, now: Date) {
  const status = effectiveStatus(secret, now);
  if (status === "DELETED") throw new ConflictError(`The secret "${secret.name}" was deleted; its deletion cannot be scheduled.`);
  if (status === "SCHEDULED_FOR_DELETION") {
    throw new ConflictError(
      `The secret "${secret.name}" is already scheduled for deletion` + (secret.deletionDueAt ? ` on ${day(secret.deletionDueAt)}.` : "."),
    );
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
        : `The deletion of "${secret.name}" came due on ${day(secret.deletionDueAt ?? now)} and can no longer be cancelled.`,
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

/** When an Active secret idle since `idleSince` becomes Inactive, and when it is then deleted. */
export function inactivityDates(idleSince: Date, settings: Pick<LifecycleSettings, "inactivityDays" | "graceDays">) {
  const inactiveSince = addDays(idleSince, settings.inactivityDays);
  return { inactiveSince, deletionDueAt: addDays(inactiveSince, settings.graceDays) };
}

/**
 * Active → Inactive, at the exact time the inactivity period ended (not when the sweep noticed),
 * so the automatic deletion date is the same whenever the sweep runs. Null when not yet due.
 */
export function inactivateTransition(
  secret: { status: string; idleSince: Date },
  settings: Pick<LifecycleSettings, "inactivityDays" | "graceDays">,
  now: Date,
) {
  if (secret.status !== "ACTIVE") return null;
  const { inactiveSince, deletionDueAt } = inactivityDates(secret.idleSince, settings);
  if (inactiveSince.getTime() > now.getTime()) return null;
  return { data: { status: "INACTIVE", inactiveSince, deletionDueAt } };
}

/** Active or Inactive → Expired once the expiration date has passed. Null when not yet due. */
export function expireTransition(secret: { status: string; expiresAt: Date | null }, now: Date) {
  if (secret.status !== "ACTIVE" && secret.status !== "INACTIVE") return null;
  if (!secret.expiresAt || secret.expiresAt.getTime() > now.getTime()) return null;
  return { data: { status: "EXPIRED", inactiveSince: null, deletionDueAt: null } };
}

/**
 * Inactive or Scheduled for deletion → Deleted once the deletion is due (the caller destroys
 * the key material in the same transaction). Null when not yet due.
 */
export function dueDeletionTransition(
  secret: { status: string; deletionDueAt: Date | null },
  settings: Pick<LifecycleSettings, "tombstoneDays">,
  now: Date,
) {
  if (secret.status !== "INACTIVE" && secret.status !== "SCHEDULED_FOR_DELETION") return null;
  if (!secret.deletionDueAt || secret.deletionDueAt.getTime() > now.getTime()) return null;
  return {
    data: {
      status: "DELETED",
      liveName: null,
      deletedAt: now,
      deletionDueAt: null,
      purgeAt: addDays(now, settings.tombstoneDays),
    },
  };
}
