import { afterEach, describe, expect, it, vi } from "vitest";
import { advanceClock, clockOffsetMs, now, resetClock, setClock } from "./clock.ts";
import { DAY_MS } from "../time/days.ts";

afterEach(() => {
  resetClock();
});

describe("the lifecycle clock", () => {
  it("is real time until moved", () => {
    expect(clockOffsetMs()).toBe(0);
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(50);
  });

  it("advances by days, keeps running, and goes back to real time", () => {
    advanceClock(30);
    expect(clockOffsetMs()).toBe(30 * DAY_MS);
    advanceClock(0.5);
    expect(Math.abs(now().getTime() - (Date.now() + 30.5 * DAY_MS))).toBeLessThan(50);
    resetClock();
    expect(clockOffsetMs()).toBe(0);
  });

  it("can be set to a date, also in the past", () => {
    setClock(new Date("2020-02-29T12:00:00Z"));
    expect(Math.abs(now().getTime() - Date.parse("2020-02-29T12:00:00Z"))).toBeLessThan(50);
    expect(() => setClock(new Date("not a date"))).toThrow(RangeError);
    expect(() => advanceClock(Number.NaN)).toThrow(RangeError);
  });

  it("is one clock for every copy of the module (kept on globalThis)", async () => {
    advanceClock(2);
    vi.resetModules();
    const fresh = await import("./clock.ts");
    expect(fresh.advanceClock).not.toBe(advanceClock);
    expect(fresh.clockOffsetMs()).toBe(2 * DAY_MS);
  });
});
