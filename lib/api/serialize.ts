// Service results → the JSON the API documents (lib/api/schemas.ts). Dates as ISO strings.
import "server-only";
import type { z } from "zod";
import type { SecretDetail, SecretListRow } from "../secrets/index.ts";
import type { UsageRow } from "../usage/index.ts";
import type { secretDetailSchema, secretSummarySchema, usageSchema } from "./schemas.ts";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function secretSummaryJson(r: SecretListRow): z.output<typeof secretSummarySchema> {
  return {
    id: r.id,
    name: r.name,
    type: r.type,
    scope: r.scope as z.output<typeof secretSummarySchema>["scope"],
    workspace: r.workspaceName,
    availability: r.availability,
    description: r.description,
    status: r.status,
    createdAt: r.createdAt.toISOString(),
    expiresAt: iso(r.expiresAt),
    lastUsedAt: iso(r.lastUsedAt),
    version: r.version,
  };
}

export function secretDetailJson(d: SecretDetail): z.output<typeof secretDetailSchema> {
  return {
    ...secretSummaryJson({ ...d, spotNames: [], actions: d.actions }),
    metadata: d.metadata,
    deletionDueAt: iso(d.deletionDueAt),
    updatedAt: d.updatedAt.toISOString(),
    environments: d.environments.map((e) => ({
      id: e.environmentId,
      name: e.environmentName,
      isSet: e.isSet,
      version: e.version,
      changedAt: iso(e.changedAt),
    })),
  };
}

export function usageJson(u: UsageRow): z.output<typeof usageSchema> {
  return {
    id: u.id,
    secretName: u.secretName,
    consumerKind: u.consumerKind,
    consumerName: u.consumerName,
    consumerUrl: u.consumerUrl,
    location: u.location,
    createdAt: u.createdAt.toISOString(),
  };
}
