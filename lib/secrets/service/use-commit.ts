// Group commit of uses: the "mark used" write and the audit record of a use commit together
// (fail closed: the value is returned only after its record is committed), but concurrent uses
// share one transaction — one lock, one read of the chain's last link and one multi-row insert
// per organization — instead of a transaction each. Under no load a use commits at once; under
// load the uses that arrive while a commit runs go into the next one. If a commit fails, every
// use in it fails (no value leaves without its record). Runs on the raw driver: this is the
// write of the resolve hot path.
import "server-only";
import { db, driverOf } from "../../db/index.ts";
import { recordAuditBatch, type AuditInput } from "../../audit/index.ts";
import { USABLE_STORED, useMark } from "../../lifecycle/transitions.ts";

export type PendingUse = {
  audit: AuditInput;
  /** Last-use mark (at most once a minute per secret); null: no write to the secret. */
  mark: { secretId: string; at: Date } | null;
};

type Waiter = PendingUse & { resolve: () => void; reject: (e: unknown) => void };

const MAX_BATCH = 256;
// The use transition's write (lifecycle/transitions.ts) for a secret that stays Active: a use
// restarts the inactivity period. Inactive secrets are reactivated by the caller, not here.
const MARK_COLUMNS = Object.keys(useMark(new Date(0))) as (keyof ReturnType<typeof useMark>)[];
const MARK_USED =
  `UPDATE "Secret" SET ${MARK_COLUMNS.map((c) => `"${c}" = ?`).join(", ")}, "updatedAt" = ? ` +
  `WHERE "id" = ? AND "status" IN (${USABLE_STORED.map((s) => `'${s}'`).join(", ")})`;

const g = globalThis as unknown as { strongroomUseQueue?: { queue: Waiter[]; running: boolean } };
const state = (g.strongroomUseQueue ??= { queue: [], running: false });

export function commitUse(use: PendingUse): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    state.queue.push({ ...use, resolve, reject });
    if (!state.running) {
      state.running = true;
      // A commit on SQLite runs without giving the event loop a turn, so starting it at once
      // would commit every use alone (one fsync each). After this turn's I/O callbacks, the
      // uses of every request that arrived with this one are queued and share the commit.
      setImmediate(() => void drain());
    }
  });
}

async function drain(): Promise<void> {
  try {
    while (state.queue.length > 0) {
      const batch = state.queue.splice(0, MAX_BATCH);
      try {
        await driverOf(db).transaction(async (sql) => {
          const marks = new Map<string, Date>();
          for (const u of batch) if (u.mark) marks.set(u.mark.secretId, u.mark.at);
          for (const [id, at] of marks) {
            const mark = useMark(at);
            await sql.execute(MARK_USED, [...MARK_COLUMNS.map((c) => mark[c]), at, id]);
          }
          await recordAuditBatch(
            batch.map((u) => u.audit),
            sql,
          );
        });
        for (const u of batch) u.resolve();
      } catch (e) {
        for (const u of batch) u.reject(e);
      }
    }
  } finally {
    state.running = false;
  }
}
