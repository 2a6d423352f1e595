// Group commit of uses: the "mark used" write and the audit record of a use commit together
// (fail closed: the value is returned only after its record is committed), but concurrent uses
// share one transaction — one lock, one read of the chain's last link and one multi-row insert
// per organization — instead of a transaction each. Under no load a use commits at once; under
// load the uses that arrive while a commit runs go into the next one. If a commit fails, every
// use in it fails (no value leaves without its record).
import "server-only";
import { db, type Prisma } from "../../db/index.ts";
import { recordAuditBatch, type AuditInput } from "../../audit/index.ts";

export type PendingUse = {
  audit: AuditInput;
  /** Last-use mark (at most once a minute per secret); null: no write to the secret. */
  mark: { secretId: string; data: Prisma.SecretUpdateManyMutationInput } | null;
};

type Waiter = PendingUse & { resolve: () => void; reject: (e: unknown) => void };

const MAX_BATCH = 256;
const g = globalThis as unknown as { strongroomUseQueue?: { queue: Waiter[]; running: boolean } };
const state = (g.strongroomUseQueue ??= { queue: [], running: false });

export function commitUse(use: PendingUse): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    state.queue.push({ ...use, resolve, reject });
    if (!state.running) void drain();
  });
}

async function drain(): Promise<void> {
  state.running = true;
  try {
    while (state.queue.length > 0) {
      const batch = state.queue.splice(0, MAX_BATCH);
      try {
        await db.$transaction(async (tx) => {
          const marks = new Map<string, Prisma.SecretUpdateManyMutationInput>();
          for (const u of batch) if (u.mark) marks.set(u.mark.secretId, u.mark.data);
          for (const [id, data] of marks) {
            await tx.secret.updateMany({ where: { id, status: { in: ["ACTIVE", "INACTIVE"] } }, data });
          }
          await recordAuditBatch(batch.map((u) => u.audit), tx);
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
