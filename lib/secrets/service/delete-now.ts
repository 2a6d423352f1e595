import "server-only";
import { now as clockNow } from "../../lifecycle/clock.ts";
import { db, driverOf } from "../../db/index.ts";
import { ShredNotDurableError } from "../../db/driver.ts";
import { AppError } from "../../errors/index.ts";
import { recordAudit, type RequestInfo } from "../../audit/index.ts";
import { authorizeSecret, type Actor, secretAuditEvent } from "../../authz/index.ts";
import { loadLifecycleSettings } from "../../lifecycle/settings.ts";
import { deleteNowTransition } from "../../lifecycle/transitions.ts";

/**
 * Delete now: irreversible. Every version's ciphertext and wrapped data key are overwritten at
 * once (crypto-shredding), so the value cannot be recovered even from a later backup; the
 * secret stays as a tombstone for the audit trail until its purge date. It answers only once
 * the destruction is in the database's main file (flushShreds), or fails saying it is not.
 */
export async function deleteSecretNow(
  actor: Actor,
  secretId: string,
  opts: { request?: RequestInfo | null; now?: Date } = {},
) {
  const now = opts.now ?? clockNow();
  const facts = await authorizeSecret(actor, secretId, "delete", opts.request);
  const settings = await loadLifecycleSettings(facts.orgId);
  const current = await db.secret.findUniqueOrThrow({
    where: { id: facts.id },
    select: { status: true, expiresAt: true, deletionDueAt: true },
  });
  await db.$transaction(async (tx) => {
    await destroyKeyMaterial(tx, facts.id, now);
    await tx.secret.update({
      where: { id: facts.id },
      data: { ...deleteNowTransition(current, settings, now), version: { increment: 1 } },
    });
    await recordAudit(
      secretAuditEvent(actor, facts, "secret.delete", { detail: { mode: "now" }, request: opts.request }),
      tx,
    );
  });
  try {
    await flushShreds();
  } catch (e) {
    if (!(e instanceof ShredNotDurableError)) throw e;
    const detail = { mode: "now", reason: "not_durable" };
    await recordAudit(
      secretAuditEvent(actor, facts, "secret.delete", { outcome: "FAILURE", detail, request: opts.request }),
    );
    throw new AppError(
      `"${facts.name}" was deleted, but the database is too busy to confirm that its values are erased from its ` +
        "file. They will be at its next checkpoint; tell an administrator (see the server log).",
      "deletion_not_durable",
      503,
    );
  }
}

/**
 * Call after committing a destroyKeyMaterial: until it resolves, a plain copy of the SQLite
 * file may still hold the destroyed key material (it sits in the WAL until a checkpoint).
 * Throws ShredNotDurableError (logged) if it cannot make sure.
 */
export async function flushShreds(): Promise<void> {
  try {
    await driverOf(db).flushDeletions(["SecretValueVersion"]);
  } catch (e) {
    console.error("strongroom: crypto-shredded values are not yet in the main database file", e);
    throw e;
  }
}

/** Destroys the key material of every version of one secret, or of several (the lifecycle sweep's due deletions). */
export async function destroyKeyMaterial(
  tx: Pick<typeof db, "secretValueVersion">,
  secretId: string | string[],
  now: Date,
) {
  await tx.secretValueVersion.updateMany({
    where: { secretId: typeof secretId === "string" ? secretId : { in: secretId } },
    data: {
      ciphertext: null,
      nonce: null,
      tag: null,
      wrappedKey: null,
      digest: null,
      masterKeyId: null,
      destroyedAt: now,
    },
  });
}
