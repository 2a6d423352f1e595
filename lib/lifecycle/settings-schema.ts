// The Lifecycle settings form's schema, shared by the client form and the server action.
// Safe to import from client components.
import { z } from "zod";

export const DEFAULT_LIFECYCLE = {
  inactivityDays: 30,
  graceDays: 30,
  tombstoneDays: 30,
  deletionReminderDays: [15, 10, 1],
  expiryReminderDays: [30, 7, 1],
} as const;

const days = (label: string) =>
  z.coerce
    .number({ error: `${label} must be a number of days.` })
    .int(`${label} must be a whole number of days.`)
    .min(1, `${label} must be at least 1 day.`)
    .max(3650, `${label} can be at most 3650 days.`);

/** "15, 10, 1" → [15, 10, 1] (largest first, no repeats); errors name the offending entry. */
export const reminderDaysSchema = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter at least one day for ${label.toLowerCase()}, e.g. 15, 10, 1.`)
    .transform((text, ctx) => {
      const parts = text
        .split(",")
        .map((p) => p.trim())
        .filter((p) => p !== "");
      const values: number[] = [];
      for (const part of parts) {
        const n = Number(part);
        if (!/^\d+$/.test(part) || !Number.isInteger(n) || n < 1 || n > 3650) {
          ctx.addIssue({ code: "custom", message: `"${part}" is not a positive whole number of days.` });
          return z.NEVER;
        }
        values.push(n);
      }
      if (values.length > 10) {
        ctx.addIssue({ code: "custom", message: "Enter at most 10 reminder days." });
        return z.NEVER;
      }
      return [...new Set(values)].sort((a, b) => b - a);
    });

export const lifecycleSettingsSchema = z
  .object({
    inactivityDays: days("Inactivity period"),
    graceDays: days("Grace period"),
    deletionReminderDays: reminderDaysSchema("Reminder days"),
    expiryReminderDays: reminderDaysSchema("Expiry reminder days"),
  })
  .superRefine((v, ctx) => {
    const largest = v.deletionReminderDays[0];
    if (largest !== undefined && largest > v.graceDays) {
      ctx.addIssue({
        code: "custom",
        path: ["graceDays"],
        message: `Grace period must be at least the largest reminder day (${largest}).`,
      });
    }
  });

export type LifecycleSettingsInput = z.input<typeof lifecycleSettingsSchema>;
export type LifecycleSettingsData = z.output<typeof lifecycleSettingsSchema>;
