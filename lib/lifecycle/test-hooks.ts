// The QA test hooks (STRONGROOM_TEST_HOOKS=1): set or advance this server's lifecycle clock and
// run a sweep now. The routes in app/api/test answer 404 when the flag is off.
import "server-only";
import { z } from "zod";
import { env } from "../env/index.ts";
import { ValidationError } from "../errors/index.ts";
import { DAY_MS } from "../time/days.ts";
import { advanceClock, clockOffsetMs, now, setClock } from "./clock.ts";
import { sweepNow } from "./scheduler.ts";
import { resetSweepCursor } from "./sweep.ts";

export function testHooksEnabled(): boolean {
  return env().STRONGROOM_TEST_HOOKS;
}

export const clockRequestSchema = z.union([
  z.object({ advanceDays: z.number().finite().min(-3650).max(3650) }).strict(),
  z.object({ now: z.iso.datetime({ offset: true }) }).strict(),
  z.object({ reset: z.literal(true) }).strict(),
]);

export type ClockAnswer = { now: string; offsetMs: number; offsetDays: number };

function answer(): ClockAnswer {
  const offsetMs = clockOffsetMs();
  return { now: now().toISOString(), offsetMs, offsetDays: Math.round((offsetMs / DAY_MS) * 1000) / 1000 };
}

export function currentClock(): ClockAnswer {
  return answer();
}

/** Moves the clock; when it goes back, reminders are looked for again from the new time on. */
export async function moveClock(body: unknown): Promise<ClockAnswer> {
  const parsed = clockRequestSchema.safeParse(body);
  if (!parsed.success) {
    throw new ValidationError('Send {"advanceDays": <number>} or {"now": "<ISO date-time>"} (or {"reset": true}).');
  }
  const before = now().getTime();
  const input = parsed.data;
  if ("advanceDays" in input) advanceClock(input.advanceDays);
  else if ("now" in input) setClock(new Date(input.now));
  else setClock(new Date());
  if (now().getTime() < before) await resetSweepCursor();
  return answer();
}

const sweepRequestSchema = z.object({ orgId: z.string().min(1).max(100).optional() }).strict();

/** Runs a sweep now; {"orgId": "..."} limits it to one organization (tests that must not touch others' data). */
export async function sweepForTest(body: unknown) {
  const parsed = sweepRequestSchema.safeParse(body ?? {});
  if (!parsed.success)
    throw new ValidationError('Send an empty body, or {"orgId": "<organization id>"} to sweep one organization.');
  const report = await sweepNow(parsed.data.orgId ? { orgIds: [parsed.data.orgId] } : {});
  return { ...report, clock: answer() };
}
