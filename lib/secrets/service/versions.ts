import "server-only";
import { db } from "../../db/index.ts";
import { recordAudit, type RequestInfo } from "../../audit/index.ts";
import { assertEnvironmentsAllowed, authorizeSecret, type Actor, secretAuditEvent } from "../../authz/index.ts";
import { NotFoundError, ValidationError } from "../../errors/index.ts";
import { decryptPayload, encryptPayload, isDecryptable } from "../values.ts";
import { currentValueRows, currentValues } from "./value-rows.ts";
import { writeNewVersion } from "./write-version.ts";

export type ValueVersionInfo = {
  environmentId: string;
  environmentName: string;
  version: number;
  createdAt: Date;
  createdById: string | null;
  /** Who wrote the version (null: a machine client, or a user since removed). */
  createdByName: string | null;
  destroyed: boolean;
  current: boolean;
};

/** Version history of every environment's value (metadata only; values are never shown). */
export async function listValueVersions(actor: Actor, secretId: string): Promise<ValueVersionInfo[]> {
  await authorizeSecret(actor, secretId, "view");
  const [rows, values] = await Promise.all([
    db.secretValueVersion.findMany({
      where: { secretId },
      orderBy: [{ environment: { position: "asc" } }, { version: "desc" }],
      select: {
        environmentId: true,
        version: true,
        createdAt: true,
        createdById: true,
        destroyedAt: true,
        environment: { select: { name: true } },
      },
    }),
    currentValues([secretId]),
  ]);
  const current = values.get(secretId);
  const authorIds = [...new Set(rows.flatMap((r) => r.createdById ?? []))];
  const authors = authorIds.length
    ? await db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } })
    : [];
  const nameOf = new Map(authors.map((u) => [u.id, u.name]));
  return rows.map((r) => ({
    environmentId: r.environmentId,
    environmentName: r.environment.name,
    version: r.version,
    createdAt: r.createdAt,
    createdById: r.createdById,
    createdByName: r.createdById ? (nameOf.get(r.createdById) ?? null) : null,
    destroyed: r.destroyedAt !== null,
    current: current?.get(r.environmentId)?.version === r.version,
  }));
}

/** Writes an earlier value of one environment as a new version (the history stays intact). */
export async function rollbackValue(
  actor: Actor,
  secretId: string,
  input: { environmentId: string; toVersion: number; expectedVersion: number },
  opts: { request?: RequestInfo | null } = {},
): Promise<{ version: number }> {
  const facts = await authorizeSecret(actor, secretId, "rollback", opts.request);
  const source = await db.secretValueVersion.findUnique({
    where: {
      secretId_environmentId_version: { secretId, environmentId: input.environmentId, version: input.toVersion },
    },
  });
  if (!source) throw new NotFoundError(`Version ${input.toVersion} does not exist in that environment.`);
  if (!isDecryptable(source))
    throw new ValidationError(`Version ${input.toVersion} was destroyed and cannot be restored.`);
  const ctx = { orgId: facts.orgId, secretId, environmentId: input.environmentId };
  const payload = await decryptPayload(source, { ...ctx, version: source.version });
  const row = await encryptPayload(payload, { ...ctx, version: input.expectedVersion + 1 });
  const version = await db.$transaction(async (tx) => {
    const v = await writeNewVersion(
      tx,
      facts,
      input.expectedVersion,
      {},
      [row],
      actor.kind === "user" ? actor.userId : null,
    );
    await recordAudit(
      secretAuditEvent(actor, facts, "secret.rollback", {
        environmentId: input.environmentId,
        detail: { fromVersion: input.toVersion, newVersion: v },
        request: opts.request,
      }),
      tx,
    );
    return v;
  });
  return { version };
}

/**
 * Copies the current value of one environment into another (e.g. Test → Live), as a new version.
 * A token limited to some environments may copy only between those.
 */
export async function copyValue(
  actor: Actor,
  secretId: string,
  input: { fromEnvironmentId: string; toEnvironmentId: string; expectedVersion: number },
  opts: { request?: RequestInfo | null } = {},
): Promise<{ version: number }> {
  await assertEnvironmentsAllowed(actor, [input.fromEnvironmentId, input.toEnvironmentId], opts.request);
  if (input.fromEnvironmentId === input.toEnvironmentId)
    throw new ValidationError("Choose two different environments.");
  const facts = await authorizeSecret(actor, secretId, "edit", opts.request);
  const [sources, target] = await Promise.all([
    currentValueRows([{ id: secretId, name: facts.name }], input.fromEnvironmentId),
    db.environment.findFirst({ where: { id: input.toEnvironmentId, orgId: facts.orgId } }),
  ]);
  const source = sources.get(secretId);
  if (!source || !isDecryptable(source)) throw new NotFoundError("The source environment has no value to copy.");
  if (!target) throw new NotFoundError("Environment not found.");
  const payload = await decryptPayload(source, {
    orgId: facts.orgId,
    secretId,
    environmentId: source.environmentId,
    version: source.version,
  });
  const row = await encryptPayload(payload, {
    orgId: facts.orgId,
    secretId,
    environmentId: target.id,
    version: input.expectedVersion + 1,
  });
  const version = await db.$transaction(async (tx) => {
    const v = await writeNewVersion(
      tx,
      facts,
      input.expectedVersion,
      {},
      [row],
      actor.kind === "user" ? actor.userId : null,
    );
    await recordAudit(
      secretAuditEvent(actor, facts, "secret.copy_value", {
        environmentId: target.id,
        detail: { fromEnvironmentId: input.fromEnvironmentId, newVersion: v },
        request: opts.request,
      }),
      tx,
    );
    return v;
  });
  return { version };
}
