// What the sweep does to one due secret: the time-driven transitions of PRODUCT.md §3 applied
// in the order their events happened, so the result is the same whether the sweep runs every
// minute or only once after a long pause (e.g. the test clock jumping 65 days ahead).
import type { LifecycleSettings } from "./settings.ts";
import { addDays, dueDeletionTransition } from "./transitions.ts";

export type SweepRow = {
  status: string;
  idleSince: Date;
  expiresAt: Date | null;
  inactiveSince: Date | null;
  deletionDueAt: Date | null;
};

export type SweepOutcome =
  | { kind: "inactivate"; data: { status: "INACTIVE"; inactiveSince: Date; deletionDueAt: Date } }
  | { kind: "expire"; data: { status: "EXPIRED"; inactiveSince: null; deletionDueAt: null } }
  | { kind: "delete"; mode: "automatic" | "scheduled"; data: NonNullable<ReturnType<typeof dueDeletionTransition>>["data"] }
  | { kind: "restore"; data: { status: "ACTIVE"; idleSince: Date } };

const at = (d: Date | null) => (d === null ? Infinity : d.getTime());
const EXPIRE = { status: "EXPIRED", inactiveSince: null, deletionDueAt: null } as const;

/**
 * The outcome for a secret at `now`, or null when nothing is due. Rules:
 * - Active: expires if its expiration date comes no later than the end of its inactivity
 *   period; otherwise becomes Inactive at the end of that period (dated then, not now).
 * - Inactive: expires if the expiration date comes before the deletion (an expired secret is
 *   kept, its automatic deletion cancelled); otherwise is deleted once the deletion is due.
 * - Scheduled for deletion: deleted once due (its expiry no longer matters).
 * - Expired whose date was removed or moved into the future: Active again, with a new
 *   inactivity period.
 */
export function sweepOutcome(row: SweepRow, settings: LifecycleSettings, now: Date): SweepOutcome | null {
  const t = now.getTime();
  const expiry = at(row.expiresAt);
  switch (row.status) {
    case "ACTIVE": {
      const inactiveSince = addDays(row.idleSince, settings.inactivityDays);
      if (expiry <= t && expiry <= inactiveSince.getTime()) return { kind: "expire", data: EXPIRE };
      if (inactiveSince.getTime() > t) return null;
      const deletionDueAt = addDays(inactiveSince, settings.graceDays);
      const inactive = { status: "INACTIVE", inactiveSince, deletionDueAt } as const;
      return sweepOutcome({ ...row, ...inactive }, settings, now) ?? { kind: "inactivate", data: inactive };
    }
    case "INACTIVE":
      if (expiry <= t && expiry < at(row.deletionDueAt)) return { kind: "expire", data: EXPIRE };
      return deletion(row, settings, now, "automatic");
    case "SCHEDULED_FOR_DELETION":
      return deletion(row, settings, now, "scheduled");
    case "EXPIRED":
      return expiry > t ? { kind: "restore", data: { status: "ACTIVE", idleSince: now } } : null;
    default:
      return null;
  }
}

function deletion(row: SweepRow, settings: LifecycleSettings, now: Date, mode: "automatic" | "scheduled"): SweepOutcome | null {
  const t = dueDeletionTransition(row, settings, now);
  return t ? { kind: "delete", mode, data: t.data } : null;
}
