// "Copy values" between environments (e.g. Test → Live, the deployment copy of the seeds):
// candidates, a preview of what will be created or overwritten (digests, no decryption), then
// the copy of each confirmed secret through lib/secrets copyValue — authorized per secret
// ("edit"), based on the previewed version (a change since then is reported, not overwritten),
// each audited as secret.copy_value, plus one summary record.
import "server-only";
import { db } from "../db/index.ts";
import { recordAudit, type RequestInfo } from "../audit/index.ts";
import {
  actorAudit,
  allowedSecretActions,
  SECRET_FACTS_SELECT,
  toFacts,
  visibleSecretsWhere,
  type UserActor,
} from "../authz/index.ts";
import { ForbiddenError, isAppError, NotFoundError, type AppError } from "../errors/index.ts";
import { copyValue } from "../secrets/index.ts";
import { currentValues, sameValue } from "./current-values.ts";
import { nameContains } from "./name-filter.ts";

import type { CopyAction } from "./copy-view.ts";
export type { CopyAction };
export type CopyPreviewItem = { secretId: string; name: string; action: CopyAction; expectedVersion: number };
export type CopyResultItem = {
  secretId: string;
  name: string;
  outcome: "copied" | "unchanged" | "failed";
  error?: string;
};

async function checkEnvironments(orgId: string, ids: string[]) {
  const found = await db.environment.findMany({ where: { orgId, id: { in: ids } }, select: { id: true, name: true } });
  if (found.length !== new Set(ids).size) throw new NotFoundError("Environment not found.");
  return new Map(found.map((e) => [e.id, e.name]));
}

/** Secrets the actor may edit that have a value in the source environment (first 500 by name). */
export async function copyCandidates(actor: UserActor, input: { fromEnvironmentId: string; q?: string }) {
  await checkEnvironments(actor.orgId, [input.fromEnvironmentId]);
  const rows = await db.secret.findMany({
    where: {
      AND: [
        visibleSecretsWhere(actor),
        { values: { some: { environmentId: input.fromEnvironmentId, destroyedAt: null } } },
        nameContains(input.q),
      ],
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 500,
    select: { ...SECRET_FACTS_SELECT, workspace: { select: { name: true } } },
  });
  return rows
    .filter((r) => allowedSecretActions(actor, toFacts(r)).has("edit"))
    .map((r) => ({ id: r.id, name: r.name, scope: r.scope, workspaceName: r.workspace?.name ?? null }));
}

async function editableSecrets(actor: UserActor, secretIds: string[]) {
  const rows = await db.secret.findMany({
    where: { AND: [visibleSecretsWhere(actor), { id: { in: secretIds } }] },
    select: SECRET_FACTS_SELECT,
  });
  return rows.filter((r) => allowedSecretActions(actor, toFacts(r)).has("edit"));
}

export async function previewCopy(
  actor: UserActor,
  input: { fromEnvironmentId: string; toEnvironmentId: string; secretIds: string[] },
) {
  await checkEnvironments(actor.orgId, [input.fromEnvironmentId, input.toEnvironmentId]);
  const secrets = await editableSecrets(actor, input.secretIds);
  const values = await currentValues(
    secrets.map((s) => s.id),
    [input.fromEnvironmentId, input.toEnvironmentId],
  );
  const items: CopyPreviewItem[] = secrets
    .map((s) => {
      const from = values.get(s.id)?.get(input.fromEnvironmentId);
      const to = values.get(s.id)?.get(input.toEnvironmentId);
      const action: CopyAction =
        !from || from.destroyed
          ? "no_source"
          : sameValue(from, to)
            ? "same"
            : to && !to.destroyed
              ? "overwrite"
              : "create";
      return { secretId: s.id, name: s.name, action, expectedVersion: s.version };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  return { items, notFound: new Set(input.secretIds).size - secrets.length };
}

export async function applyCopy(
  actor: UserActor,
  input: { fromEnvironmentId: string; toEnvironmentId: string; items: { secretId: string; expectedVersion: number }[] },
  opts: { request?: RequestInfo | null } = {},
): Promise<CopyResultItem[]> {
  const envNames = await checkEnvironments(actor.orgId, [input.fromEnvironmentId, input.toEnvironmentId]);
  const preview = await previewCopy(actor, { ...input, secretIds: input.items.map((i) => i.secretId) });
  const byId = new Map(preview.items.map((p) => [p.secretId, p]));
  const results: CopyResultItem[] = [];
  // Refusals of access (not found / forbidden), kept so that a request refused for every secret
  // answers as refused, not as a success with every row failed.
  const refusals: AppError[] = [];
  for (const item of input.items) {
    const p = byId.get(item.secretId);
    if (!p) {
      results.push({ secretId: item.secretId, name: "(not found)", outcome: "failed", error: "Secret not found." });
      refusals.push(new NotFoundError("Secret not found."));
      continue;
    }
    if (p.action === "same") {
      results.push({ secretId: p.secretId, name: p.name, outcome: "unchanged" });
      continue;
    }
    try {
      await copyValue(
        actor,
        p.secretId,
        {
          fromEnvironmentId: input.fromEnvironmentId,
          toEnvironmentId: input.toEnvironmentId,
          expectedVersion: item.expectedVersion,
        },
        opts,
      );
      results.push({ secretId: p.secretId, name: p.name, outcome: "copied" });
    } catch (e) {
      if (!isAppError(e)) throw e;
      if (e instanceof ForbiddenError || e instanceof NotFoundError) refusals.push(e);
      results.push({ secretId: p.secretId, name: p.name, outcome: "failed", error: e.message });
    }
  }
  await recordAudit({
    orgId: actor.orgId,
    actor: actorAudit(actor),
    action: "secret.copy_values",
    outcome: results.some((r) => r.outcome === "failed") ? "FAILURE" : "SUCCESS",
    environmentId: input.toEnvironmentId,
    detail: {
      from: envNames.get(input.fromEnvironmentId),
      to: envNames.get(input.toEnvironmentId),
      copied: results.filter((r) => r.outcome === "copied").length,
      unchanged: results.filter((r) => r.outcome === "unchanged").length,
      failed: results.filter((r) => r.outcome === "failed").length,
    },
    request: opts.request,
  });
  if (refusals.length > 0 && refusals.length === results.length) throw refusals[0];
  return results;
}
