import "server-only";
import { now as clockNow } from "../../lifecycle/clock.ts";
import { registerTransition } from "../../lifecycle/transitions.ts";
import { randomUUID } from "node:crypto";
import { db } from "../../db/index.ts";
import { recordAudit, type RequestInfo } from "../../audit/index.ts";
import {
  actorAudit,
  assertEnvironmentsAllowed,
  canCreateSecret,
  type Actor,
  secretAuditEvent,
} from "../../authz/index.ts";
import { ForbiddenError, NotFoundError, ValidationError } from "../../errors/index.ts";
import { scopeKey } from "../scope.ts";
import type { RegisterSecretData } from "../secret-form-schema.ts";
import { validateCredential } from "../validate-credential.ts";
import { encryptPayload } from "../values.ts";
import { isUniqueViolation, nameTakenError } from "./errors.ts";
import { checkPlacement } from "./placement.ts";
import { insertValueRows } from "./value-rows.ts";

export type RegisteredSecret = { id: string; name: string; version: number; environmentIds: string[] };

/**
 * Registers a secret with values for one or more environments. The caller's organization
 * (actor.orgId) must be the one named in the input; creation rights follow the permission table,
 * and a token limited to some environments may give values only to those.
 */
export async function registerSecret(
  actor: Actor,
  input: RegisterSecretData,
  opts: { request?: RequestInfo | null; now?: Date } = {},
): Promise<RegisteredSecret> {
  const now = opts.now ?? clockNow();
  if (input.orgId !== actor.orgId) throw new NotFoundError("Organization not found.");
  await assertEnvironmentsAllowed(actor, Object.keys(input.credential.values ?? {}), opts.request);
  if (!mayCreate(actor, input)) {
    await recordAudit({
      orgId: actor.orgId,
      actor: actorAudit(actor),
      action: "secret.create",
      outcome: "DENIED",
      detail: { scope: input.scope, name: input.scope === "PERSONAL" ? undefined : input.name },
      request: opts.request,
    });
    throw new ForbiddenError(`You cannot create secrets in this storage location (${input.scope.toLowerCase()}).`);
  }
  await checkPlacement(actor.orgId, input);

  const checked = await validateCredential(input.credential, { now });
  if (!checked.ok)
    throw new ValidationError("Check the highlighted fields.", prefixKeys(checked.fieldErrors, "credential"));
  const environmentIds = Object.keys(checked.payloadsByEnv);
  const known = await db.environment.count({ where: { orgId: actor.orgId, id: { in: environmentIds } } });
  if (known !== environmentIds.length)
    throw new ValidationError("Unknown environment.", { "credential.values": ["Unknown environment."] });

  const id = randomUUID();
  const ownerId = input.scope === "PERSONAL" && actor.kind === "user" ? actor.userId : null;
  const workspaceId = input.scope === "WORKSPACE" ? (input.workspaceId ?? null) : null;
  const rows = await Promise.all(
    environmentIds.map((environmentId) =>
      encryptPayload(checked.payloadsByEnv[environmentId]!, {
        orgId: actor.orgId,
        secretId: id,
        version: 1,
        environmentId,
      }),
    ),
  );
  const createdById = actor.kind === "user" ? actor.userId : null;
  const availability = input.scope === "ORGANIZATION" ? (input.availability ?? "ORGANIZATION") : null;
  const facts = { id, name: input.name, orgId: actor.orgId, scope: input.scope, ownerId };
  try {
    await db.$transaction(async (tx) => {
      await tx.secret.create({
        data: {
          id,
          orgId: actor.orgId,
          scope: input.scope,
          workspaceId,
          ownerId,
          availability,
          type: input.credential.type,
          name: input.name,
          liveName: input.name,
          scopeKey: scopeKey(input.scope, { workspaceId, ownerId }),
          description: input.description ?? null,
          metadata: JSON.stringify(checked.metadata),
          // A certificate's own expiry wins over a typed one.
          expiresAt: checked.expiresAt ?? input.expiresAt ?? null,
          ...registerTransition(now),
          createdById,
          version: 1,
          spots: availability === "SPOTS" ? { create: (input.spotIds ?? []).map((spotId) => ({ spotId })) } : undefined,
        },
      });
      await insertValueRows(
        tx,
        rows.map((r) => ({ ...r, secretId: id, createdById })),
        now,
      );
      await recordAudit(
        secretAuditEvent(actor, facts, "secret.create", {
          detail: { type: input.credential.type, environments: environmentIds.length },
          request: opts.request,
        }),
        tx,
      );
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw nameTakenError(input.name);
    throw e;
  }
  return { id, name: input.name, version: 1, environmentIds };
}

function mayCreate(actor: Actor, input: RegisterSecretData): boolean {
  if (actor.kind === "token") {
    if (!actor.permissions.has("write") || input.scope === "PERSONAL") return false;
    if (input.scope === "ORGANIZATION")
      return actor.workspaceId === null && (input.availability ?? "ORGANIZATION") === "ORGANIZATION";
    return actor.workspaceId === null || actor.workspaceId === input.workspaceId;
  }
  const wsRole = input.workspaceId ? actor.workspaceRoles.get(input.workspaceId) : undefined;
  return canCreateSecret(actor.role, input.scope, wsRole);
}

export function prefixKeys(errors: Record<string, string[]>, prefix: string): Record<string, string[]> {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [k === "_form" ? prefix : `${prefix}.${k}`, v]));
}
