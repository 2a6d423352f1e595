// The lifecycle on a real database against the pure machine, over random histories (fast-check):
// the same uses, schedules, cancellations and deletions go through the services for a secret in
// two organizations; one is swept at random extra times, the other at the moment of every event.
// After a last sweep both hold exactly the fields the pure machine computes
// (tests/support/lifecycle-model.ts), so the sweep's outcome does not depend on when it runs.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/index.ts";
import { AppError } from "../../lib/errors/index.ts";
import { runSweep } from "../../lib/lifecycle/sweep.ts";
import { cancelDeletion, deleteSecretNow, resolveSecret, scheduleDeletion } from "../../lib/secrets/index.ts";
import { addDays } from "../../lib/time/days.ts";
import { apiKeyInput, env, orgFixture, type OrgFixture } from "../support/org.ts";
import { dayZero, registerAt } from "../support/lifecycle.ts";
import {
  registered,
  runHistory,
  USER_EVENTS,
  type LifecycleEvent,
  type ModelState,
} from "../support/lifecycle-model.ts";

const HOUR = 3_600_000;
const SECRETS = 3;
let swept: OrgFixture;
let continuous: OrgFixture;
let run = 0;

beforeAll(async () => {
  swept = await orgFixture("prop-a");
  continuous = await orgFixture("prop-b");
});

const history = fc.record({
  expiryHours: fc.option(fc.integer({ min: 1, max: 24 * 90 }), { nil: null }),
  events: fc.array(fc.record({ gap: fc.integer({ min: 1, max: 24 * 20 }), kind: fc.constantFrom(...USER_EVENTS) }), {
    maxLength: 4,
  }),
});
const scenario = fc.record({
  periods: fc.record({
    inactivityDays: fc.integer({ min: 1, max: 30 }),
    graceDays: fc.integer({ min: 10, max: 30 }),
    // Long enough that most histories end with their secrets still there to compare.
    tombstoneDays: fc.integer({ min: 20, max: 60 }),
  }),
  secrets: fc.array(history, { minLength: SECRETS, maxLength: SECRETS }),
  extraSweepHours: fc.array(fc.integer({ min: 1, max: 24 * 150 }), { maxLength: 4 }),
  tailHours: fc.nat(24 * 15),
});

type Step = { at: Date; kind: LifecycleEvent["kind"]; secret?: number; orgs: OrgFixture[] };

const FIELDS = {
  status: true,
  idleSince: true,
  expiresAt: true,
  inactiveSince: true,
  deletionDueAt: true,
  deletionScheduledAt: true,
  deletedAt: true,
  purgeAt: true,
  lastUsedAt: true,
  liveName: true,
} as const;

async function stored(id: string): Promise<ModelState> {
  const row = await db.secret.findUnique({ where: { id }, select: FIELDS });
  if (!row) return "PURGED";
  const { liveName, ...fields } = row;
  // A live secret keeps its name reserved; a tombstone frees it.
  expect(liveName === null).toBe(row.status === "DELETED");
  return fields;
}

async function act(org: OrgFixture, id: string, kind: LifecycleEvent["kind"], now: Date) {
  const actor = org.actors.holder;
  try {
    if (kind === "use") await resolveSecret(actor, id, env(org, "Production"), { now });
    else if (kind === "schedule") await scheduleDeletion(actor, id, { now });
    else if (kind === "cancel") await cancelDeletion(actor, id, { now });
    else if (kind === "deleteNow") await deleteSecretNow(actor, id, { now });
  } catch (e) {
    // Refusals (not usable, not scheduled, not found…) are part of the history; nothing else is.
    if (!(e instanceof AppError)) throw e;
  }
}

describe("the sweep over random histories, on the database", () => {
  it("ends where the pure machine does, whenever it runs", async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ periods, secrets, extraSweepHours, tailHours }) => {
        run++;
        // Each run in its own stretch of time, after every earlier run's.
        const t0 = addDays(dayZero(), run * 400);
        const at = (hours: number) => new Date(t0.getTime() + hours * HOUR);
        const settings = { ...periods, deletionReminderDays: "1", expiryReminderDays: "1" };
        for (const org of [swept, continuous]) {
          const where = { orgId: org.orgId };
          await db.organizationSettings.upsert({ where, create: { ...where, ...settings }, update: settings });
        }

        const events = secrets.map((s) => {
          let h = 0;
          return s.events.map(({ gap, kind }): LifecycleEvent => ({ at: at((h += gap)), kind }));
        });
        const end = new Date(Math.max(t0.getTime(), ...events.flat().map((e) => e.at.getTime())) + tailHours * HOUR);
        // At least one sweep per grace period for both (see the unit property test for why).
        const base: Step[] = [];
        for (let t = addDays(t0, periods.graceDays); t <= end; t = addDays(t, periods.graceDays)) {
          base.push({ at: t, kind: "sweep", orgs: [swept, continuous] });
        }
        const steps: Step[] = [
          ...base,
          ...extraSweepHours
            .map((h) => at(h))
            .filter((t) => t <= end)
            .map((t): Step => ({ at: t, kind: "sweep", orgs: [swept] })),
          ...events.flatMap((es, secret) =>
            es.flatMap((e): Step[] => [
              { at: e.at, kind: "sweep", orgs: [continuous] },
              { ...e, secret, orgs: [swept, continuous] },
            ]),
          ),
          { at: end, kind: "sweep", orgs: [swept, continuous] } satisfies Step,
        ].sort((a, b) => a.at.getTime() - b.at.getTime());

        const ids = new Map<OrgFixture, string[]>();
        for (const org of [swept, continuous]) {
          const made = [];
          for (const [i, s] of secrets.entries()) {
            const expiresAt = s.expiryHours === null ? undefined : at(s.expiryHours).toISOString();
            const input = apiKeyInput(org, `prop_${run}_${i}`, "v", { expiresAt });
            made.push((await registerAt(org.actors.holder, input, t0)).id);
          }
          ids.set(org, made);
        }
        for (const step of steps) {
          if (step.kind === "sweep") await runSweep({ now: step.at, orgIds: step.orgs.map((o) => o.orgId) });
          else for (const org of step.orgs) await act(org, ids.get(org)![step.secret!]!, step.kind, step.at);
        }

        for (const [i, s] of secrets.entries()) {
          const start = registered(t0, s.expiryHours === null ? null : at(s.expiryHours));
          const model = runHistory(start, [...events[i]!, ...base, { at: end, kind: "sweep" }], periods);
          expect(await stored(ids.get(swept)![i]!)).toEqual(model);
          expect(await stored(ids.get(continuous)![i]!)).toEqual(model);
        }
      }),
      { numRuns: 8 },
    );
    // Sweeps dominate (about 50 per run); a failing run's shrinking needs room to report.
  }, 600_000);
});
