import "server-only";
import { now as clockNow } from "../../lifecycle/clock.ts";
import { db } from "../../db/index.ts";
import {
  allowedSecretActions,
  assertSecretAction,
  SECRET_FACTS_SELECT,
  type Actor,
  type SecretAction,
} from "../../authz/index.ts";
import { effectiveStatus } from "../../lifecycle/status.ts";
import type { SecretStatus } from "../../domain/constants.ts";
import { currentValues, type CurrentValue } from "./value-rows.ts";

export type EnvironmentValueStatus = {
  environmentId: string;
  environmentName: string;
  isSet: boolean;
  version: number | null;
  changedAt: Date | null;
};

export type SecretDetail = {
  id: string;
  orgId: string;
  name: string;
  type: string;
  scope: string;
  workspaceId: string | null;
  workspaceName: string | null;
  ownerId: string | null;
  availability: string | null;
  spots: { id: string; name: string }[];
  description: string | null;
  /** Non-secret fields only (header name, token URL, certificate facts...). */
  metadata: Record<string, unknown>;
  status: SecretStatus;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  deletionDueAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  createdByName: string | null;
  version: number;
  environments: EnvironmentValueStatus[];
  actions: SecretAction[];
};

/** A secret's metadata and per-environment value status — never a value. */
export async function getSecret(actor: Actor, secretId: string, now = clockNow()): Promise<SecretDetail> {
  const row = await db.secret.findUnique({
    where: { id: secretId },
    select: {
      ...SECRET_FACTS_SELECT,
      type: true,
      description: true,
      metadata: true,
      expiresAt: true,
      lastUsedAt: true,
      deletionDueAt: true,
      createdAt: true,
      updatedAt: true,
      workspace: { select: { name: true } },
      createdBy: { select: { name: true } },
      spots: { select: { spotId: true, spot: { select: { id: true, name: true } } } },
    },
  });
  const facts = await assertSecretAction(actor, row, "view");
  const r = row!;
  const [environments, values] = await Promise.all([
    db.environment.findMany({ where: { orgId: facts.orgId }, orderBy: [{ position: "asc" }, { name: "asc" }] }),
    currentValues([secretId]),
  ]);
  const current = values.get(secretId) ?? new Map<string, CurrentValue>();
  return {
    id: r.id,
    orgId: r.orgId,
    name: r.name,
    type: r.type,
    scope: r.scope,
    workspaceId: r.workspaceId,
    workspaceName: r.workspace?.name ?? null,
    ownerId: r.ownerId,
    availability: r.availability,
    spots: r.spots.map((s) => s.spot),
    description: r.description,
    metadata: JSON.parse(r.metadata) as Record<string, unknown>,
    status: effectiveStatus(r, now),
    expiresAt: r.expiresAt,
    lastUsedAt: r.lastUsedAt,
    deletionDueAt: r.deletionDueAt,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    createdByName: r.createdBy?.name ?? null,
    version: r.version,
    actions: [...allowedSecretActions(actor, facts)],
    environments: environments.map((e) => {
      const c = current.get(e.id);
      return {
        environmentId: e.id,
        environmentName: e.name,
        isSet: !!c && !c.destroyed,
        version: c?.version ?? null,
        changedAt: c?.createdAt ?? null,
      };
    }),
  };
}
