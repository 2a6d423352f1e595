// Use-time resolution: the only path on which a value is decrypted for a consumer.
// Authorize → check status and expiry → decrypt (prepare) → mark used + audit (commit, in one
// transaction: if the audit record cannot be written the value is not returned) → headers/fields.
// A consumer that may still refuse to send (a Quick Command with an empty placeholder) prepares
// first and commits only when the value is about to leave: only a sent value is a use.
import "server-only";
import { now as clockNow } from "../../lifecycle/clock.ts";
import { db } from "../../db/index.ts";
import { recordAudit, type RequestInfo } from "../../audit/index.ts";
import { assertSecretAction, type Actor, secretAuditEvent } from "../../authz/index.ts";
import { AppError, ForbiddenError, NotFoundError, UnusableSecretError } from "../../errors/index.ts";
import { usabilityProblem } from "../../lifecycle/status.ts";
import { USABLE_STORED, useTransition } from "../../lifecycle/transitions.ts";
import { notifyReactivated } from "../../notifications/lifecycle-events.ts";
import { buildInjection, type InjectionResult } from "../injection.ts";
import { decryptPayload } from "../values.ts";
import { valueNotCurrentError } from "./errors.ts";
import { commitUse } from "./use-commit.ts";
import { loadForUseById, type UseRow } from "./use-load.ts";

export type ResolveOptions = {
  request?: RequestInfo | null;
  /** Who is using it, for the audit record (e.g. { kind: "QUICK_COMMAND", name: "Charge card" }). */
  consumer?: { kind: string; name: string } | null;
  now?: Date;
};

export type ResolvedSecret = InjectionResult & {
  secret: { id: string; name: string; type: string };
  environment: { id: string; name: string };
};

/** A decrypted value whose use is not recorded yet: `commit` before it leaves the server. */
export type PreparedUse = { value: ResolvedSecret; commit(): Promise<void> };

/** Last use is written at most this often per secret (an Inactive secret is reactivated at once). */
const LAST_USED_GRANULARITY_MS = 60_000;

export async function resolveSecret(
  actor: Actor,
  secretId: string,
  environmentId: string,
  opts: ResolveOptions = {},
): Promise<ResolvedSecret> {
  return useLoadedSecret(actor, await loadForUseById(secretId, environmentId), environmentId, opts);
}

/** resolveSecret without its commit: checks (failures audited) and decryption only. */
export async function prepareSecretUse(
  actor: Actor,
  secretId: string,
  environmentId: string,
  opts: ResolveOptions = {},
): Promise<PreparedUse> {
  return prepareLoadedUse(actor, await loadForUseById(secretId, environmentId), environmentId, opts);
}

/**
 * The use of a secret already loaded for `environmentId` (use-load.ts; null: not found).
 * Lookups by another key (the API's secret names) load the row themselves and call this.
 */
export async function useLoadedSecret(
  actor: Actor,
  row: UseRow | null,
  environmentId: string,
  opts: ResolveOptions = {},
): Promise<ResolvedSecret> {
  const prepared = await prepareLoadedUse(actor, row, environmentId, opts);
  await prepared.commit();
  return prepared.value;
}

async function prepareLoadedUse(
  actor: Actor,
  row: UseRow | null,
  environmentId: string,
  opts: ResolveOptions,
): Promise<PreparedUse> {
  const now = opts.now ?? clockNow();
  const facts = await assertSecretAction(actor, row, "use", opts.request);
  const secret = row!;
  const audit = (outcome: "SUCCESS" | "DENIED" | "FAILURE", detail: Record<string, unknown>) =>
    secretAuditEvent(actor, facts, "secret.use", {
      outcome,
      environmentId,
      request: opts.request,
      detail: { ...detail, consumer: opts.consumer ?? undefined },
    });
  const fail = async (error: AppError, reason: string): Promise<never> => {
    await recordAudit(audit(error instanceof ForbiddenError ? "DENIED" : "FAILURE", { reason }));
    throw error;
  };

  if (actor.kind === "token" && actor.environmentIds.size > 0 && !actor.environmentIds.has(environmentId)) {
    await fail(new ForbiddenError("This token may not use values of that environment."), "environment_not_allowed");
  }
  const problem = usabilityProblem(secret, now);
  if (problem) await fail(new UnusableSecretError(problem.message, problem.code), problem.code);
  const value = secret.values[0];
  if (!value && secret.currentVersion === null) {
    await fail(new NotFoundError(`The secret "${facts.name}" has no value in that environment.`), "no_value");
  }
  // The newest row must be the version the head points to: a missing newest row (a silent
  // rollback), a row added behind the app's back or one without a head is refused.
  if (!value || value.version !== secret.currentVersion || value.environment.orgId !== facts.orgId) {
    await fail(valueNotCurrentError(facts.name), "value_not_current");
  }
  const current = value!;
  let payload: Record<string, unknown>;
  try {
    payload = await decryptPayload(current, {
      orgId: facts.orgId,
      secretId: facts.id,
      version: current.version,
      environmentId,
    });
  } catch {
    return fail(
      new AppError(
        `The value of "${facts.name}" could not be decrypted. An administrator has been notified through the audit log.`,
        "decryption_failed",
        500,
      ),
      "decryption_failed",
    );
  }

  const { reactivated, data } = useTransition(secret, now);
  const stale = !secret.lastUsedAt || Math.abs(now.getTime() - secret.lastUsedAt.getTime()) >= LAST_USED_GRANULARITY_MS;
  const record = audit("SUCCESS", { version: current.version, reactivated });
  let committed = false;
  const commit = async () => {
    if (committed) return;
    committed = true;
    if (reactivated) {
      await db.$transaction(async (tx) => {
        const where = { id: facts.id, status: { in: [...USABLE_STORED] } };
        const { count } = await tx.secret.updateMany({ where, data });
        if (count === 1) await notifyReactivated(tx, facts, secret.deletionDueAt, now);
        await recordAudit(record, tx);
      });
    } else {
      // The common case: shares a transaction with concurrent uses (use-commit.ts).
      await commitUse({ audit: record, mark: stale ? { secretId: facts.id, at: now } : null });
    }
  };

  return {
    value: {
      secret: { id: facts.id, name: facts.name, type: secret.type },
      environment: { id: environmentId, name: current.environment.name },
      ...buildInjection(secret.type, JSON.parse(secret.metadata) as Record<string, unknown>, payload),
    },
    commit,
  };
}
