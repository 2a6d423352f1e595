import "server-only";
import { databaseKind, type Tx } from "../db/index.ts";
import { recordAuditBatch, type AuditInput } from "../audit/index.ts";
import { destroyKeyMaterial } from "../secrets/service/delete-now.ts";
import { settingsFor, type SettingsIndex } from "./settings-groups.ts";
import { settle, type Settled } from "./settle.ts";
import { claimSecrets, sweepTransaction, updateRows, type Sql } from "./sweep-sql.ts";
import { TIMED, type TimedKind } from "./timed-transitions.ts";

export const SWEEP_ACTOR = { type: "SYSTEM", label: "Lifecycle sweep" } as const;
export type TransitionCounts = { inactivated: number; expired: number; deleted: number; restored: number };

const COUNTED: Record<TimedKind, keyof TransitionCounts> = {
  inactivate: "inactivated",
  expire: "expired",
  dueDeletion: "deleted",
  restore: "restored",
};

export type BatchOptions = { batchSize: number; signal?: AbortSignal; onBatch?: () => void };

/**
 * Claims due secrets matching `where` in batches and settles them (settle.ts), one transaction
 * per batch (claim, change, destroy keys, audit): an interrupted sweep leaves every secret
 * either untouched or fully transitioned, and the next sweep picks up the rest.
 */
export async function applyDue(
  where: Sql,
  index: SettingsIndex,
  now: Date,
  counts: TransitionCounts,
  opts: BatchOptions,
) {
  for (;;) {
    opts.signal?.throwIfAborted();
    const { claimed, changed } = await sweepTransaction((tx) =>
      applyBatch(tx, where, index, now, counts, opts.batchSize),
    );
    if (claimed > 0) opts.onBatch?.();
    // A claimed row that needs no change would be claimed again: stop rather than loop.
    if (claimed < opts.batchSize || changed === 0) return;
  }
}

async function applyBatch(
  tx: Tx,
  where: Sql,
  index: SettingsIndex,
  now: Date,
  counts: TransitionCounts,
  batchSize: number,
) {
  const rows = await claimSecrets(tx, where, batchSize);
  if (rows.length === 0) return { claimed: 0, changed: 0 };
  const updates: { id: string; data: Settled["data"] }[] = [];
  const deleted: string[] = [];
  const audits: AuditInput[] = [];
  for (const row of rows) {
    const settled = settle(row, settingsFor(index, row.orgId), now);
    if (!settled) continue;
    updates.push({ id: row.id, data: settled.data });
    if (settled.kind === "dueDeletion") deleted.push(row.id);
    counts[COUNTED[settled.kind]]++;
    audits.push({
      orgId: row.orgId,
      actor: SWEEP_ACTOR,
      action: TIMED[settled.kind].audit,
      outcome: "SUCCESS",
      secret: { id: row.id, name: row.name, personalOwnerId: row.scope === "PERSONAL" ? row.ownerId : null },
      detail: auditDetail(settled, row.status),
    });
  }
  // The sweep commits without waiting for the WAL flush on PostgreSQL; a batch that shreds waits.
  if (deleted.length && databaseKind() === "postgres") await tx.$executeRaw`SET LOCAL synchronous_commit = on`;
  // Prisma caps the ids of one `in` list (999 on SQLite): destroy in chunks.
  for (let i = 0; i < deleted.length; i += 500) await destroyKeyMaterial(tx, deleted.slice(i, i + 500), now);
  await updateRows(tx, updates, now);
  await recordAuditBatch(audits, tx);
  return { claimed: rows.length, changed: audits.length };
}

function auditDetail(settled: Settled, from: string): Record<string, unknown> {
  const at = (d: unknown) => (d instanceof Date ? d.toISOString() : null);
  switch (settled.kind) {
    case "inactivate":
      return { from, inactiveSince: at(settled.data.inactiveSince), deletionDueAt: at(settled.data.deletionDueAt) };
    case "dueDeletion":
      return { from, mode: from === "SCHEDULED_FOR_DELETION" ? "scheduled" : "automatic" };
    default:
      return { from };
  }
}
