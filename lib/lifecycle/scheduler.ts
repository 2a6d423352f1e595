// Runs the lifecycle sweep inside the server on an interval (STRONGROOM_SWEEP_INTERVAL_SECONDS,
// 0 = off), then the mail delivery step. One sweep at a time per process (the test hook waits
// for a running one); several instances may sweep the same database: rows are claimed.
import "server-only";
import { env } from "../env/index.ts";
import { deliverOutbox } from "../notifications/deliver.ts";
import { runSweep, type SweepOptions, type SweepReport } from "./sweep.ts";

type SchedulerState = { timer?: NodeJS.Timeout; sweeping?: Promise<SweepReport>; delivering?: Promise<unknown> };
const KEY = Symbol.for("strongroom.lifecycle.scheduler");
const store = globalThis as unknown as Record<symbol, SchedulerState | undefined>;
const state = (): SchedulerState => (store[KEY] ??= {});

/** Runs a sweep now, after any sweep already running in this process. */
export async function sweepNow(opts: Pick<SweepOptions, "orgIds"> = {}): Promise<SweepReport> {
  const s = state();
  const previous = s.sweeping?.catch(() => undefined);
  const next = (async () => {
    await previous;
    return runSweep(opts);
  })();
  s.sweeping = next;
  try {
    return await next;
  } finally {
    if (s.sweeping === next) s.sweeping = undefined;
  }
}

/** Sends due outbox mail in the background (never awaited by a sweep); one delivery at a time. */
export function deliverInBackground(): void {
  const s = state();
  if (s.delivering) return;
  s.delivering = deliverOutbox()
    .catch((e: unknown) => console.error("strongroom: mail delivery failed:", e instanceof Error ? e.name : typeof e))
    .finally(() => {
      s.delivering = undefined;
    });
}

async function tick() {
  try {
    const r = await sweepNow();
    const changed =
      r.inactivated + r.expired + r.deleted + r.restored + r.purged + r.deletionReminders + r.expiryReminders;
    if (changed > 0) console.log(`strongroom: lifecycle sweep ${JSON.stringify({ ...r, phaseMs: undefined })}`);
  } catch (e) {
    // Never a value in these logs: only the error's kind. The next tick retries.
    console.error(
      "strongroom: lifecycle sweep failed:",
      e instanceof Error ? `${e.name}: ${e.message.slice(0, 200)}` : typeof e,
    );
  }
  deliverInBackground();
}

/** Starts the interval once per process (instrumentation.ts); prints the test-hooks warning. */
export function startLifecycleScheduler(): void {
  const s = state();
  if (s.timer) return;
  const { STRONGROOM_SWEEP_INTERVAL_SECONDS: seconds, STRONGROOM_TEST_HOOKS: hooks } = env();
  if (hooks) {
    const line = "!".repeat(78);
    console.warn(
      `${line}\n!! STRONGROOM_TEST_HOOKS=1: TEST HOOKS ARE ENABLED. /api/test/clock and /api/test/sweep let anyone\n` +
        `!! move this server's lifecycle clock and run sweeps. Never use this setting outside QA.\n${line}`,
    );
  }
  if (seconds === 0) return;
  s.timer = setInterval(() => void tick(), seconds * 1000);
  s.timer.unref();
  setTimeout(() => void tick(), Math.min(10_000, seconds * 1000)).unref();
}
