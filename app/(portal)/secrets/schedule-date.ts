import "server-only";
import { loadLifecycleSettings } from "@/lib/lifecycle/settings";
import { addDays, isoDay } from "@/lib/time/days";

/** When a deletion scheduled now would happen (the organization's grace period), for the delete dialog. */
export async function scheduleDeletionInfo(
  orgId: string,
  now: Date,
): Promise<{ graceDays: number; scheduleDeletionOn: string }> {
  const { graceDays } = await loadLifecycleSettings(orgId);
  return { graceDays, scheduleDeletionOn: isoDay(addDays(now, graceDays)) };
}
