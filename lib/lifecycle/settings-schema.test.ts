import { describe, expect, it } from "vitest";
import { lifecycleSettingsSchema } from "./settings-schema.ts";

const input = (over: Record<string, unknown> = {}) => ({
  inactivityDays: "30",
  graceDays: "30",
  deletionReminderDays: "15, 10, 1",
  expiryReminderDays: "30,7,1",
  ...over,
});
const issues = (over: Record<string, unknown>) => {
  const r = lifecycleSettingsSchema.safeParse(input(over));
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("lifecycleSettingsSchema", () => {
  it("accepts the defaults and normalizes reminder days (largest first, no repeats)", () => {
    expect(lifecycleSettingsSchema.parse(input({ deletionReminderDays: "1,15,10,10" }))).toEqual({
      inactivityDays: 30,
      graceDays: 30,
      deletionReminderDays: [15, 10, 1],
      expiryReminderDays: [30, 7, 1],
    });
  });

  it("requires positive whole numbers of days", () => {
    expect(issues({ inactivityDays: "0" })).toEqual(["inactivityDays: Inactivity period must be at least 1 day."]);
    expect(issues({ graceDays: "2.5" })).toEqual(["graceDays: Grace period must be a whole number of days."]);
    expect(issues({ deletionReminderDays: "15, -1" })).toEqual([
      'deletionReminderDays: "-1" is not a positive whole number of days.',
    ]);
    expect(issues({ expiryReminderDays: "7, soon" })).toEqual([
      'expiryReminderDays: "soon" is not a positive whole number of days.',
    ]);
    expect(issues({ deletionReminderDays: " " })).toHaveLength(1);
  });

  it("requires a grace period at least as long as the largest reminder day", () => {
    expect(issues({ graceDays: "14" })).toEqual([
      "graceDays: Grace period must be at least the largest reminder day (15).",
    ]);
    expect(issues({ graceDays: "15" })).toEqual([]);
  });
});
