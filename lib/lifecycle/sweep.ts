// The lifecycle sweep: one idempotent job that applies the time-driven transitions of
// PRODUCT.md §3 and sends the reminders. Every step reads only due rows through an index, so
// its cost grows with the work due, not with the number of secrets; parallel sweeps (several
// instances on one PostgreSQL) claim disjoint rows and create each reminder once.
import "server-only";
import { db } from "../db/index.ts";
import { recordAuditBatch } from "../audit/index.ts";
import { flushShreds } from "../secrets/service/delete-now.ts";
import { now as clockNow } from "./clock.ts";
import { DEFAULT_LIFECYCLE_SETTINGS, parseSettingsRow } from "./settings.ts";
import { groupBy, type SettingsIndex } from "./settings-groups.ts";
import { sendReminders, type ReminderCounts } from "./sweep-reminders.ts";
import { addDays } from "../time/days.ts";
import { orgFilterSql, purgeTombstones, sql, sweepTransaction } from "./sweep-sql.ts";
import { applyDue, SWEEP_ACTOR, type TransitionCounts } from "./sweep-transitions.ts";
import { dueDeletion, expire, inactivate, purge as purgeTransition, restore } from "./timed-transitions.ts";

export type SweepReport = TransitionCounts &
  ReminderCounts & { now: string; purged: number; durationMs: number; phaseMs: Record<string, number> };

const STATE_ID = "sweep";

export type SweepOptions = {
  now?: Date;
  batchSize?: number;
  /** Stops between batches (server shutdown); what was done stays done, the next sweep does the rest. */
  signal?: AbortSignal;
  onBatch?: () => void;
  /**
   * Only these organizations (QA's test hook, so a test's clock jumps do not sweep other
   * tests' data). A scoped sweep neither reads nor moves the reminder cursor: it looks back
   * over every reminder day, relying on the reminders' idempotency.
   */
  orgIds?: string[];
};

export async function runSweep(opts: SweepOptions = {}): Promise<SweepReport> {
  const started = performance.now();
  const now = opts.now ?? clockNow();
  const batchSize = opts.batchSize ?? 500;
  const batch = { batchSize, signal: opts.signal, onBatch: opts.onBatch };
  const scope = opts.orgIds ? orgFilterSql({ in: opts.orgIds }) : sql``;
  const index = await loadSettingsIndex();
  const counts: TransitionCounts = { inactivated: 0, expired: 0, deleted: 0, restored: 0 };
  const phaseMs: Record<string, number> = {};
  const timed = async <T>(phase: string, fn: () => Promise<T>) => {
    const t = performance.now();
    try {
      return await fn();
    } finally {
      phaseMs[phase] = Math.round(performance.now() - t);
    }
  };

  // Each phase finds the rows one transition's predicate says are due; settle (settle.ts) then
  // orders a row's own events. Each phase's rows leave its condition, so a phase never
  // revisits what an earlier one did.
  await timed("expiry", () => applyDue(sql`${expire.due(now)} ${scope}`, index, now, counts, batch));
  await timed("restore", () => applyDue(sql`${restore.due(now)} ${scope}`, index, now, counts, batch));
  await timed("inactivity", async () => {
    for (const g of groupBy(index, (s) => s.inactivityDays)) {
      const where = sql`${inactivate.due(now, g.key)} ${orgFilterSql(g.filter)} ${scope}`;
      await applyDue(where, index, now, counts, batch);
    }
  });
  await timed("deletion", () => applyDue(sql`${dueDeletion.due(now)} ${scope}`, index, now, counts, batch));
  // As after Delete now: the sweep reports deletions only once they are in the main file.
  if (counts.deleted > 0) await timed("flush", flushShreds);
  opts.signal?.throwIfAborted();
  const purged = await timed("purge", () => purge(sql`${purgeTransition.due(now)} ${scope}`, batchSize));

  // Reminders for day-marks passed since the last sweep (the first sweep looks back as far as the largest mark).
  const state = opts.orgIds ? null : await db.lifecycleSweepState.findUnique({ where: { id: STATE_ID } });
  const maxMark = Math.max(
    ...[DEFAULT_LIFECYCLE_SETTINGS, ...index.byOrg.values()].flatMap((s) => [
      ...s.deletionReminderDays,
      ...s.expiryReminderDays,
    ]),
  );
  const since = state ? (state.lastRunAt < now ? state.lastRunAt : now) : addDays(now, -maxMark);
  const reminders = await timed("reminders", () => sendReminders(index, since, now, opts.orgIds));
  if (!opts.orgIds) {
    await db.lifecycleSweepState.upsert({
      where: { id: STATE_ID },
      create: { id: STATE_ID, lastRunAt: now },
      update: { lastRunAt: now },
    });
  }

  return {
    now: now.toISOString(),
    ...counts,
    purged,
    ...reminders,
    durationMs: Math.round(performance.now() - started),
    phaseMs,
  };
}

/** Forgets where reminders left off: the next sweep looks back over every reminder day (used when the test clock goes back). */
export async function resetSweepCursor(): Promise<void> {
  await db.lifecycleSweepState.deleteMany({ where: { id: STATE_ID } });
}

export async function loadSettingsIndex(): Promise<SettingsIndex> {
  const rows = await db.organizationSettings.findMany();
  return { defaults: DEFAULT_LIFECYCLE_SETTINGS, byOrg: new Map(rows.map((r) => [r.orgId, parseSettingsRow(r)])) };
}

/** Tombstones past their purge date are removed for good (the audit trail keeps their history). */
async function purge(where: ReturnType<typeof sql>, batchSize: number): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await sweepTransaction(async (tx) => {
      const gone = await purgeTombstones(tx, where, batchSize);
      const audits = gone.map((s) => ({
        orgId: s.orgId,
        actor: SWEEP_ACTOR,
        action: purgeTransition.audit,
        outcome: "SUCCESS" as const,
        secret: { id: s.id, name: s.name, personalOwnerId: s.scope === "PERSONAL" ? s.ownerId : null },
      }));
      await recordAuditBatch(audits, tx);
      return gone.length;
    });
    total += n;
    if (n < batchSize) return total;
  }
}
