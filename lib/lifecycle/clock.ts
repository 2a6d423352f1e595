// The one clock of all lifecycle code (PRODUCT.md §3, issue 5). In production it is the
// system clock. With test hooks enabled (STRONGROOM_TEST_HOOKS=1) QA may set or advance it
// through /api/test/clock; the offset is per server process and kept on globalThis so that
// every bundle of the Next.js server (route handlers, server components, instrumentation)
// shares it. No import of `server-only`: pure tests and scripts use it too.
import { DAY_MS } from "../time/days.ts";

type ClockState = { offsetMs: number };

const KEY = Symbol.for("strongroom.lifecycle.clock");
const store = globalThis as unknown as Record<symbol, ClockState | undefined>;

function state(): ClockState {
  return (store[KEY] ??= { offsetMs: 0 });
}

/** The current time as lifecycle code sees it. */
export function now(): Date {
  return new Date(Date.now() + state().offsetMs);
}

/** Moves the clock to `at` (the offset from real time is kept until changed). Test hooks only. */
export function setClock(at: Date): Date {
  if (Number.isNaN(at.getTime())) throw new RangeError("Invalid date for the test clock.");
  state().offsetMs = at.getTime() - Date.now();
  return now();
}

/** Moves the clock forward (or back, for negative values) by whole or fractional days. */
export function advanceClock(days: number): Date {
  if (!Number.isFinite(days)) throw new RangeError("advanceDays must be a finite number.");
  state().offsetMs += Math.round(days * DAY_MS);
  return now();
}

/** Back to real time. */
export function resetClock(): Date {
  state().offsetMs = 0;
  return now();
}

/** Milliseconds the clock is ahead of real time (0 in production). */
export function clockOffsetMs(): number {
  return state().offsetMs;
}
