// Lifecycle fixtures: secrets registered at a chosen time, the sweep run at "day N", and
// counts of what it left behind (transitions in the audit log, reminders per secret).
import { db } from "../../lib/db/index.ts";
import type { UserActor } from "../../lib/authz/index.ts";
import { registerSecret } from "../../lib/secrets/index.ts";
import { registerSecretSchema, type RegisterSecretInput } from "../../lib/secrets/secret-form-schema.ts";
import { addDays } from "../../lib/time/days.ts";
import { resetSweepCursor, runSweep } from "../../lib/lifecycle/sweep.ts";

/** A day-0 time a little in the past, on a whole second, so that "day N" times are exact. */
export function dayZero(): Date {
  return new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
}

export function timeline(t0: Date) {
  return {
    at: (days: number) => addDays(t0, days),
    sweepAt: (days: number, opts: Parameters<typeof runSweep>[0] = {}) => runSweep({ ...opts, now: addDays(t0, days) }),
  };
}

/** A fresh start for a scenario: the next sweep looks back over every reminder day. */
export const freshCursor = resetSweepCursor;

export async function registerAt(actor: UserActor, input: RegisterSecretInput, now: Date) {
  return registerSecret(actor, registerSecretSchema.parse(input), { now });
}

export async function statusOf(id: string) {
  return db.secret.findUniqueOrThrow({
    where: { id },
    select: { status: true, inactiveSince: true, deletionDueAt: true, liveName: true, deletedAt: true, version: true },
  });
}

/** Notifications of a secret, as "<kind> <title>" per recipient, for exact counting. */
export async function remindersOf(secretId: string) {
  const rows = await db.notification.findMany({
    where: { secretId },
    select: { userId: true, kind: true, idempotencyKey: true },
  });
  return rows;
}

/** How many reminders each (kind, day-mark) got, per recipient: { "deletion:15": [1, 1] } means once for each of two people. */
export async function reminderCounts(secretId: string) {
  const counts: Record<string, Record<string, number>> = {};
  for (const r of await remindersOf(secretId)) {
    const [, , kind, mark] = (r.idempotencyKey ?? "").split(":");
    if (!kind || !mark) continue;
    const k = `${kind}:${mark}`;
    counts[k] ??= {};
    counts[k][r.userId] = (counts[k][r.userId] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, Object.values(v)]));
}

export async function auditActions(secretId: string) {
  const rows = await db.auditEvent.findMany({
    where: { secretId },
    orderBy: { seq: "asc" },
    select: { action: true, detail: true },
  });
  return rows.map((r) => r.action);
}
