import "server-only";
import { db } from "../db/index.ts";

export type LifecycleSettings = {
  inactivityDays: number;
  graceDays: number;
  tombstoneDays: number;
  deletionReminderDays: number[];
  expiryReminderDays: number[];
};

const parseDays = (s: string) => s.split(",").map(Number).filter((n) => Number.isInteger(n) && n > 0);

/** The organization's lifecycle settings, with PRODUCT.md §3's defaults when none are stored. */
export async function loadLifecycleSettings(orgId: string): Promise<LifecycleSettings> {
  const row = await db.organizationSettings.findUnique({ where: { orgId } });
  return {
    inactivityDays: row?.inactivityDays ?? 30,
    graceDays: row?.graceDays ?? 30,
    tombstoneDays: row?.tombstoneDays ?? 30,
    deletionReminderDays: parseDays(row?.deletionReminderDays ?? "15,10,1"),
    expiryReminderDays: parseDays(row?.expiryReminderDays ?? "30,7,1"),
  };
}
