import "server-only";
import { databaseKind, type Tx } from "../db/index.ts";
import { recordAuditBatch, type AuditInput } from "../audit/index.ts";
import { destroyKeyMaterial } from "../secrets/service/delete-now.ts";
import { settingsFor, type SettingsIndex } from "./settings-groups.ts";
import { claimSecrets, setInactive, sweepTransaction, updateSecrets, type Sql } from "./sweep-sql.ts";
import { sweepOutcome, type SweepOutcome } from "./sweep-outcome.ts";

export const SWEEP_ACTOR = { type: "SYSTEM", label: "Lifecycle sweep" } as const;
export type TransitionCounts = { inactivated: number; expired: number; deleted: number; restored: number };

const ACTIONS: Record<SweepOutcome["kind"], string> = {
  inactivate: "secret.inactive",
  expire: "secret.expire",
  delete: "secret.delete",
  restore: "secret.restore",
};

export type BatchOptions = { batchSize: number; signal?: AbortSignal; onBatch?: () => void };

/**
 * Claims due secrets matching `where` in batches and applies their outcomes, one transaction
 * per batch (claim, change, destroy keys, audit): an interrupted sweep leaves every secret
 * either untouched or fully transitioned, and the next sweep picks up the rest.
 */
export async function applyDue(where: Sql, index: SettingsIndex, now: Date, counts: TransitionCounts, opts: BatchOptions) {
  for (;;) {
    opts.signal?.throwIfAborted();
    const { claimed, changed } = await sweepTransaction((tx) => applyBatch(tx, where, index, now, counts, opts.batchSize));
    if (claimed > 0) opts.onBatch?.();
    // A claimed row that needs no change would be claimed again: stop rather than loop.
    if (claimed < opts.batchSize || changed === 0) return;
  }
}

async function applyBatch(tx: Tx, where: Sql, index: SettingsIndex, now: Date, counts: TransitionCounts, batchSize: number) {
  const rows = await claimSecrets(tx, where, batchSize);
  if (rows.length === 0) return { claimed: 0, changed: 0 };
  const groups = new Map<string, { data: Record<string, string | Date | null>; ids: string[] }>();
  const deleted: string[] = [];
  const inactive: { id: string; inactiveSince: Date; deletionDueAt: Date }[] = [];
  const audits: AuditInput[] = [];
  for (const row of rows) {
    const outcome = sweepOutcome(row, settingsFor(index, row.orgId), now);
    if (!outcome) continue;
    if (outcome.kind === "inactivate") {
      inactive.push({ id: row.id, ...outcome.data });
    } else {
      // Same data for every row of a kind (deletions differ only by purge date): one statement each.
      const key = `${outcome.kind}:${outcome.kind === "delete" ? outcome.data.purgeAt.getTime() : ""}`;
      const g = groups.get(key) ?? { data: { ...outcome.data, updatedAt: now }, ids: [] as string[] };
      g.ids.push(row.id);
      groups.set(key, g);
      if (outcome.kind === "delete") deleted.push(row.id);
    }
    counts[outcome.kind === "inactivate" ? "inactivated" : outcome.kind === "expire" ? "expired" : outcome.kind === "delete" ? "deleted" : "restored"]++;
    audits.push({
      orgId: row.orgId,
      actor: SWEEP_ACTOR,
      action: ACTIONS[outcome.kind],
      outcome: "SUCCESS",
      secret: { id: row.id, name: row.name, personalOwnerId: row.scope === "PERSONAL" ? row.ownerId : null },
      detail: auditDetail(outcome, row.status),
    });
  }
  if (inactive.length) await setInactive(tx, inactive, now);
  // The sweep commits without waiting for the WAL flush on PostgreSQL; a batch that shreds waits.
  if (deleted.length && databaseKind() === "postgres") await tx.$executeRaw`SET LOCAL synchronous_commit = on`;
  // Prisma caps the ids of one `in` list (999 on SQLite): destroy in chunks.
  for (let i = 0; i < deleted.length; i += 500) await destroyKeyMaterial(tx, deleted.slice(i, i + 500), now);
  for (const g of groups.values()) await updateSecrets(tx, g.ids, g.data);
  await recordAuditBatch(audits, tx);
  return { claimed: rows.length, changed: audits.length };
}

function auditDetail(outcome: SweepOutcome, from: string): Record<string, unknown> {
  const at = (d: Date | null) => d?.toISOString() ?? null;
  switch (outcome.kind) {
    case "inactivate":
      return { from, inactiveSince: at(outcome.data.inactiveSince), deletionDueAt: at(outcome.data.deletionDueAt) };
    case "delete":
      return { from, mode: outcome.mode };
    default:
      return { from };
  }
}
