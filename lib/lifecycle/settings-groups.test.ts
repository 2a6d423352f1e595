import { describe, expect, it } from "vitest";
import { groupBy, markGroups, settingsFor, type SettingsIndex } from "./settings-groups.ts";

const defaults = {
  inactivityDays: 30,
  graceDays: 30,
  tombstoneDays: 30,
  deletionReminderDays: [15, 10, 1],
  expiryReminderDays: [30, 7, 1],
};
const index = (byOrg: Record<string, Partial<typeof defaults>>): SettingsIndex => ({
  defaults,
  byOrg: new Map(Object.entries(byOrg).map(([id, s]) => [id, { ...defaults, ...s }])),
});

describe("settings groups", () => {
  it("is one unfiltered group when every organization uses the defaults", () => {
    const i = index({ a: {}, b: {} });
    expect(groupBy(i, (s) => s.inactivityDays)).toEqual([{ key: 30, settings: defaults, filter: null }]);
    expect(markGroups(i, (s) => s.deletionReminderDays).map((g) => [g.mark, g.filter])).toEqual([
      [15, null],
      [10, null],
      [1, null],
    ]);
  });

  it("splits organizations with other values off the default group", () => {
    const i = index({ a: { inactivityDays: 10 }, b: {}, c: { inactivityDays: 10 }, d: { inactivityDays: 90 } });
    const groups = groupBy(i, (s) => s.inactivityDays);
    expect(groups.map((g) => [g.key, g.filter])).toEqual([
      [30, { notIn: ["a", "c", "d"] }],
      [10, { in: ["a", "c"] }],
      [90, { in: ["d"] }],
    ]);
    expect(settingsFor(i, "a").inactivityDays).toBe(10);
    expect(settingsFor(i, "unknown")).toBe(defaults);
  });

  it("groups reminder days: default days exclude organizations without them; extra days only include those with them", () => {
    const i = index({ a: { deletionReminderDays: [20, 1] }, b: {} });
    expect(markGroups(i, (s) => s.deletionReminderDays).map((g) => [g.mark, g.filter])).toEqual([
      [20, { in: ["a"] }],
      [15, { notIn: ["a"] }],
      [10, { notIn: ["a"] }],
      [1, null],
    ]);
  });
});
