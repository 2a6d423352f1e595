import "server-only";
import { db } from "../../db/index.ts";
import { recordAudit, type RequestInfo } from "../../audit/index.ts";
import { authorizeSecret, secretAuditEvent, type Actor } from "../../authz/index.ts";
import { ConflictError } from "../../errors/index.ts";
import { now as clockNow } from "../../lifecycle/clock.ts";
import { loadLifecycleSettings } from "../../lifecycle/settings.ts";
import { cancelDeletionTransition, scheduleDeletionTransition } from "../../lifecycle/transitions.ts";

type Opts = { request?: RequestInfo | null; now?: Date };

const LIFECYCLE_SELECT = { name: true, status: true, expiresAt: true, deletionDueAt: true } as const;

/**
 * Applies a lifecycle transition chosen by a person, guarded by the status it was computed
 * from: if the sweep or another person changed the status meanwhile, nothing is written and
 * the caller is told to reload.
 */
async function applyPersonTransition(
  actor: Actor,
  secretId: string,
  action: "secret.schedule_deletion" | "secret.cancel_deletion",
  transition: (
    current: { name: string; status: string; expiresAt: Date | null; deletionDueAt: Date | null },
    orgId: string,
    now: Date,
  ) => Promise<{ data: object; deletionDueAt?: Date }>,
  opts: Opts,
) {
  const now = opts.now ?? clockNow();
  const facts = await authorizeSecret(actor, secretId, "delete", opts.request);
  const current = await db.secret.findUniqueOrThrow({ where: { id: secretId }, select: LIFECYCLE_SELECT });
  const { data, deletionDueAt } = await transition(current, facts.orgId, now);
  await db.$transaction(async (tx) => {
    const { count } = await tx.secret.updateMany({ where: { id: secretId, status: current.status }, data });
    if (count !== 1)
      throw new ConflictError(`The secret "${facts.name}" changed meanwhile. Reload the page and try again.`);
    await recordAudit(
      secretAuditEvent(actor, facts, action, {
        detail: deletionDueAt ? { deletionDueAt: deletionDueAt.toISOString() } : {},
        request: opts.request,
      }),
      tx,
    );
  });
  return { deletionDueAt: deletionDueAt ?? null };
}

/** Schedule deletion: the secret stops being usable now and is deleted after the grace period. */
export async function scheduleDeletion(actor: Actor, secretId: string, opts: Opts = {}) {
  return applyPersonTransition(
    actor,
    secretId,
    "secret.schedule_deletion",
    async (current, orgId, now) => scheduleDeletionTransition(current, await loadLifecycleSettings(orgId), now),
    opts,
  );
}

/** Cancel deletion: back to Active (or Expired if its date has passed). */
export async function cancelDeletion(actor: Actor, secretId: string, opts: Opts = {}) {
  return applyPersonTransition(
    actor,
    secretId,
    "secret.cancel_deletion",
    async (current, _orgId, now) => cancelDeletionTransition(current, now),
    opts,
  );
}
