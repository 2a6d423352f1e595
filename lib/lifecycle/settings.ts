import "server-only";
import { db } from "../db/index.ts";
import { recordAudit, type RequestInfo } from "../audit/index.ts";
import { actorAudit, hasOrgPermission, type UserActor } from "../authz/index.ts";
import { ForbiddenError } from "../errors/index.ts";
import { DEFAULT_LIFECYCLE, type LifecycleSettingsData } from "./settings-schema.ts";

export type LifecycleSettings = {
  inactivityDays: number;
  graceDays: number;
  tombstoneDays: number;
  deletionReminderDays: number[];
  expiryReminderDays: number[];
};

export const DEFAULT_LIFECYCLE_SETTINGS: LifecycleSettings = {
  ...DEFAULT_LIFECYCLE,
  deletionReminderDays: [...DEFAULT_LIFECYCLE.deletionReminderDays],
  expiryReminderDays: [...DEFAULT_LIFECYCLE.expiryReminderDays],
};

const parseDays = (s: string) =>
  s
    .split(",")
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);

type SettingsRow = {
  inactivityDays: number;
  graceDays: number;
  tombstoneDays: number;
  deletionReminderDays: string;
  expiryReminderDays: string;
};

/** A stored settings row as numbers (PRODUCT.md §3's defaults when there is none). */
export function parseSettingsRow(row: SettingsRow | null | undefined): LifecycleSettings {
  if (!row) return DEFAULT_LIFECYCLE_SETTINGS;
  return {
    inactivityDays: row.inactivityDays,
    graceDays: row.graceDays,
    tombstoneDays: row.tombstoneDays,
    deletionReminderDays: parseDays(row.deletionReminderDays),
    expiryReminderDays: parseDays(row.expiryReminderDays),
  };
}

/** The organization's lifecycle settings, with PRODUCT.md §3's defaults when none are stored. */
export async function loadLifecycleSettings(orgId: string): Promise<LifecycleSettings> {
  return parseSettingsRow(await db.organizationSettings.findUnique({ where: { orgId } }));
}

/** Saves the organization's periods and reminder days (Account Holders: settings.manage). */
export async function updateLifecycleSettings(
  actor: UserActor,
  input: LifecycleSettingsData,
  opts: { request?: RequestInfo | null } = {},
) {
  if (!hasOrgPermission(actor.role, "settings.manage")) {
    await recordAudit({
      orgId: actor.orgId,
      actor: actorAudit(actor),
      action: "settings.lifecycle.update",
      outcome: "DENIED",
      request: opts.request,
    });
    throw new ForbiddenError("Only Account Holders can change the lifecycle settings.");
  }
  const data = {
    inactivityDays: input.inactivityDays,
    graceDays: input.graceDays,
    deletionReminderDays: input.deletionReminderDays.join(","),
    expiryReminderDays: input.expiryReminderDays.join(","),
  };
  await db.$transaction(async (tx) => {
    await tx.organizationSettings.upsert({
      where: { orgId: actor.orgId },
      create: { orgId: actor.orgId, ...data },
      update: data,
    });
    await recordAudit(
      {
        orgId: actor.orgId,
        actor: actorAudit(actor),
        action: "settings.lifecycle.update",
        outcome: "SUCCESS",
        detail: data,
        request: opts.request,
      },
      tx,
    );
  });
  return loadLifecycleSettings(actor.orgId);
}
