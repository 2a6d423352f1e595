import "server-only";
import { loadLifecycleSettings } from "@/lib/lifecycle/settings";

const DAY_MS = 86_400_000;

/** When a deletion scheduled now would happen (the organization's grace period), for the delete dialog. */
export async function scheduleDeletionInfo(orgId: string, now: Date): Promise<{ graceDays: number; scheduleDeletionOn: string }> {
  const { graceDays } = await loadLifecycleSettings(orgId);
  return { graceDays, scheduleDeletionOn: new Date(now.getTime() + graceDays * DAY_MS).toISOString().slice(0, 10) };
}
