// Property tests of the lifecycle machine over random histories: the sweep's outcome does not
// depend on when (or how often) it runs. The database-backed twin of these properties is
// tests/integration/lifecycle-properties.test.ts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, DAY_MS } from "../time/days.ts";
import {
  applyEvent,
  registered,
  runHistory,
  USER_EVENTS,
  type LifecycleEvent,
} from "../../tests/support/lifecycle-model.ts";

const T0 = new Date("2026-01-01T00:00:00.000Z");
const HOUR = 3_600_000;
const at = (hours: number) => new Date(T0.getTime() + hours * HOUR);

const periods = fc.record({
  inactivityDays: fc.integer({ min: 1, max: 40 }),
  graceDays: fc.integer({ min: 1, max: 40 }),
  tombstoneDays: fc.integer({ min: 1, max: 40 }),
});
const expiry = fc.option(fc.integer({ min: 1, max: 24 * 120 }), { nil: null });
/** User events at increasing whole hours (gaps up to 40 days). */
const userEvents = fc
  .array(fc.record({ gap: fc.integer({ min: 1, max: 24 * 40 }), kind: fc.constantFrom(...USER_EVENTS) }), {
    maxLength: 8,
  })
  .map((es) => {
    let h = 0;
    return es.map(({ gap, kind }): LifecycleEvent => ({ at: at((h += gap)), kind }));
  });
const extraSweeps = fc
  .array(fc.integer({ min: 0, max: 24 * 200 }), { maxLength: 6 })
  .map((hs) => hs.map((h): LifecycleEvent => ({ at: at(h), kind: "sweep" })));

/**
 * The sweeps every history has: at least one per grace period (the scheduler runs every
 * minute by default). A use or schedule after a longer pause would act on a secret the sweep
 * has not yet made Inactive, and so Deleted (the effective status does not judge inactivity).
 */
function baseSweeps(graceDays: number, until: Date): LifecycleEvent[] {
  const out: LifecycleEvent[] = [];
  for (let t = addDays(T0, graceDays); t <= until; t = addDays(t, graceDays)) out.push({ at: t, kind: "sweep" });
  return out;
}

describe("the lifecycle machine over random histories", () => {
  it("settles the same whether the sweep runs at t1 and then t2, or once at t2", () => {
    fc.assert(
      fc.property(periods, expiry, userEvents, fc.nat(24 * 100), fc.nat(24 * 100), (p, exp, events, d1, d2) => {
        const last = events.at(-1)?.at ?? T0;
        const history = [...events, ...baseSweeps(p.graceDays, last)];
        const start = runHistory(registered(T0, exp === null ? null : at(exp)), history, p);
        const t1 = new Date(last.getTime() + d1 * HOUR);
        const t2 = new Date(t1.getTime() + d2 * HOUR);
        const twice = applyEvent(applyEvent(start, { at: t1, kind: "sweep" }, p), { at: t2, kind: "sweep" }, p);
        expect(twice).toEqual(applyEvent(start, { at: t2, kind: "sweep" }, p));
      }),
      { numRuns: 2000 },
    );
  });

  it("ends the same with sweeps at any times as with a sweep at the moment of every event (the pure machine)", () => {
    fc.assert(
      fc.property(periods, expiry, userEvents, extraSweeps, fc.nat(24 * 100), (p, exp, events, extra, tail) => {
        const end = new Date((events.at(-1)?.at ?? T0).getTime() + tail * HOUR);
        const base = [...events, ...baseSweeps(p.graceDays, end)];
        const start = registered(T0, exp === null ? null : at(exp));
        const final = { at: end, kind: "sweep" } as const;
        const swept = runHistory(start, [...base, ...extra.filter((s) => s.at <= end), final], p);
        // Continuously swept: the machine applies every timed transition the moment it is due.
        const everyEvent = base.flatMap((e) => [{ at: e.at, kind: "sweep" } as const, e]);
        const continuous = runHistory(start, [...everyEvent, final], p);
        expect(swept).toEqual(continuous);
      }),
      { numRuns: 2000 },
    );
  });

  it("needs the sweep at least once a grace period: after a longer pause a use can outrun it", () => {
    // The limit of the property above, shown: never swept, a secret idle past inactivity and
    // grace is still usable (its stored status is Active), while the machine has deleted it.
    const p = { inactivityDays: 30, graceDays: 30, tombstoneDays: 30 };
    const start = registered(T0, null);
    const use = { at: new Date(T0.getTime() + 61 * DAY_MS), kind: "use" } as const;
    const unswept = runHistory(start, [use], p);
    const swept = runHistory(start, [{ at: use.at, kind: "sweep" }, use], p);
    expect(unswept).toMatchObject({ status: "ACTIVE", lastUsedAt: use.at });
    expect(swept).toMatchObject({ status: "DELETED", lastUsedAt: null });
  });
});
