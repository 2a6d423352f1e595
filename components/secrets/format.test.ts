import { describe, expect, it } from "vitest";
import { isPastDay } from "./format.ts";

describe("isPastDay", () => {
  const now = new Date("2026-12-07T15:00:00Z");

  it("is true for a day whose 00:00 UTC has come: earlier days and today", () => {
    expect(isPastDay("2026-12-06", now)).toBe(true);
    expect(isPastDay("2026-12-07", now)).toBe(true);
    expect(isPastDay("2001-01-01", now)).toBe(true);
  });

  it("is false for a future day, a day that does not exist, or what is not a day yet", () => {
    expect(isPastDay("2026-12-08", now)).toBe(false);
    expect(isPastDay("2026-02-30", now)).toBe(false);
    expect(isPastDay("2026-12", now)).toBe(false);
    expect(isPastDay("", now)).toBe(false);
  });
});
