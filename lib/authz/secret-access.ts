import "server-only";
import { db, type Tx } from "../db/index.ts";
import { ForbiddenError, NotFoundError } from "../errors/index.ts";
import { recordAudit, type RequestInfo } from "../audit/index.ts";
import type { Availability, Scope } from "../domain/constants.ts";
import { secretRelations, type Actor } from "./actor.ts";
import { secretAuditEvent } from "./secret-audit.ts";
import { secretActionsFor, type SecretAccessFacts, type SecretAction } from "./permissions.ts";

export type AccessibleSecret = SecretAccessFacts & { id: string; name: string; status: string; version: number };

type FactsRow = {
  id: string;
  orgId: string;
  scope: string;
  ownerId: string | null;
  workspaceId: string | null;
  availability: string | null;
  name: string;
  status: string;
  version: number;
  spots: { spotId: string }[];
};

/** Prisma `select` for the columns access decisions need; spread it into larger selects. */
export const SECRET_FACTS_SELECT = {
  id: true,
  orgId: true,
  scope: true,
  ownerId: true,
  workspaceId: true,
  availability: true,
  name: true,
  status: true,
  version: true,
  spots: { select: { spotId: true } },
} as const;

export function allowedSecretActions(actor: Actor, facts: SecretAccessFacts): Set<SecretAction> {
  return secretActionsFor(secretRelations(actor, facts), facts.scope);
}

/**
 * Loads a secret and checks that the actor may perform `action` on it (see assertSecretAction).
 */
export async function authorizeSecret(
  actor: Actor,
  secretId: string,
  action: SecretAction,
  request?: RequestInfo | null,
  tx: Tx = db,
): Promise<AccessibleSecret> {
  const row = await tx.secret.findUnique({ where: { id: secretId }, select: SECRET_FACTS_SELECT });
  return assertSecretAction(actor, row, action, request);
}

/**
 * Checks an already loaded secret. A secret the actor may not even view (or a deleted one) is
 * reported as not found, so its existence is not revealed; one they may view but not act on is
 * forbidden. Denials inside the actor's organization are audited.
 */
export async function assertSecretAction(
  actor: Actor,
  row: FactsRow | null,
  action: SecretAction,
  request?: RequestInfo | null,
): Promise<AccessibleSecret> {
  const facts = row && toFacts(row);
  const allowed = facts && row.status !== "DELETED" ? allowedSecretActions(actor, facts) : new Set<SecretAction>();
  if (facts && allowed.has(action)) return facts;
  if (facts && facts.orgId === actor.orgId) {
    await recordAudit(
      secretAuditEvent(actor, facts, `secret.${action}`, {
        outcome: "DENIED",
        detail: { reason: allowed.has("view") ? "forbidden" : "not_visible" },
        request,
      }),
    );
  }
  if (facts && allowed.has("view"))
    throw new ForbiddenError(`You do not have permission to ${action} the secret "${facts.name}".`);
  throw new NotFoundError("Secret not found.");
}

export function toFacts(row: FactsRow): AccessibleSecret {
  return {
    id: row.id,
    orgId: row.orgId,
    scope: row.scope as Scope,
    ownerId: row.ownerId,
    workspaceId: row.workspaceId,
    availability: row.availability as Availability | null,
    spotIds: row.spots.map((s) => s.spotId),
    name: row.name,
    status: row.status,
    version: row.version,
  };
}
