// Where each secret is used: every reference from a consumer (Quick Commands of the portal,
// external agents and automations declared through the API).
import "server-only";
import { db, databaseKind, type Prisma, type Tx } from "../db/index.ts";
import { recordAudit, type RequestInfo } from "../audit/index.ts";
import { authorizeSecret, secretAuditEvent, visibleSecretsWhere, type Actor } from "../authz/index.ts";
import { NotFoundError, ValidationError } from "../errors/index.ts";
import { checkLinkHref } from "./link-href.ts";
import type { DeclareUsageData } from "./schema.ts";

export type UsageRow = {
  id: string;
  secretId: string;
  secretName: string;
  consumerKind: string;
  consumerName: string;
  consumerUrl: string | null;
  location: string;
  createdAt: Date;
  createdByName: string | null;
};

const contains = (q: string) =>
  (databaseKind() === "postgres" ? { contains: q, mode: "insensitive" } : { contains: q }) as Prisma.StringFilter;

const SELECT = {
  id: true,
  secretId: true,
  consumerKind: true,
  consumerName: true,
  consumerUrl: true,
  location: true,
  createdAt: true,
  createdById: true,
  secret: { select: { name: true } },
} as const;

async function toRows(rows: Prisma.UsageGetPayload<{ select: typeof SELECT }>[]): Promise<UsageRow[]> {
  const userIds = [...new Set(rows.map((r) => r.createdById).filter((id): id is string => !!id))];
  const users = userIds.length
    ? await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } })
    : [];
  const names = new Map(users.map((u) => [u.id, u.name]));
  return rows.map(({ secret, createdById, ...r }) => ({
    ...r,
    secretName: secret.name,
    createdByName: createdById ? (names.get(createdById) ?? null) : null,
  }));
}

/** Every place a secret is used, optionally filtered by a search over consumer and location. */
export async function listUsages(actor: Actor, secretId: string, q?: string): Promise<UsageRow[]> {
  await authorizeSecret(actor, secretId, "view");
  const where: Prisma.UsageWhereInput = {
    secretId,
    ...(q ? { OR: [{ consumerName: contains(q) }, { location: contains(q) }] } : {}),
  };
  return toRows(
    await db.usage.findMany({
      where,
      select: SELECT,
      orderBy: [{ consumerName: "asc" }, { location: "asc" }],
      take: 500,
    }),
  );
}

/** The global usage search: consumers of visible secrets matching by consumer or secret name. */
export async function searchUsages(actor: Actor, q: string, take = 100): Promise<UsageRow[]> {
  const where: Prisma.UsageWhereInput = {
    orgId: actor.orgId,
    secret: visibleSecretsWhere(actor),
    ...(q ? { OR: [{ consumerName: contains(q) }, { location: contains(q) }, { secret: { name: contains(q) } }] } : {}),
  };
  return toRows(await db.usage.findMany({ where, select: SELECT, orderBy: [{ consumerName: "asc" }], take }));
}

/**
 * The identity of a consumer for de-duplicating its references: a portal consumer with an id
 * (a Quick Command) by that id, so that two commands of the same name stay apart and a rename
 * keeps its references; any other consumer by its name.
 */
export function usageConsumerKey(input: { consumerName: string; consumerId?: string | null }): string {
  return input.consumerId ? `command:${input.consumerId}` : input.consumerName;
}

/** Records (or refreshes) a reference. Only what the actor may use can be referenced. */
export async function declareUsage(
  actor: Actor,
  secretId: string,
  input: DeclareUsageData & { consumerId?: string | null },
  opts: { request?: RequestInfo | null; tx?: Tx } = {},
): Promise<{ id: string }> {
  // Every caller (API, Quick Commands, scripts) stores only a URL that "Where used" may link to.
  const url = input.consumerUrl ? checkLinkHref(input.consumerUrl) : null;
  if (url && "problem" in url) throw new ValidationError(url.problem, { consumerUrl: [url.problem] });
  const facts = await authorizeSecret(actor, secretId, "use", opts.request, opts.tx);
  const tx = opts.tx ?? db;
  const key = {
    secretId,
    consumerKind: input.consumerKind,
    consumerKey: usageConsumerKey(input),
    location: input.location,
  };
  const row = await tx.usage.upsert({
    where: { secretId_consumerKind_consumerKey_location: key },
    update: {
      consumerName: input.consumerName,
      consumerUrl: input.consumerUrl ?? null,
      consumerId: input.consumerId ?? null,
    },
    create: {
      ...key,
      consumerName: input.consumerName,
      orgId: facts.orgId,
      consumerUrl: input.consumerUrl ?? null,
      consumerId: input.consumerId ?? null,
      createdById: actor.kind === "user" ? actor.userId : null,
      createdByTokenId: actor.kind === "token" ? actor.tokenId : null,
    },
    select: { id: true },
  });
  await recordAudit(
    secretAuditEvent(actor, facts, "usage.declare", {
      target: { type: "usage", id: row.id },
      detail: { consumerKind: input.consumerKind, consumerName: input.consumerName, location: input.location },
      request: opts.request,
    }),
    opts.tx,
  );
  return row;
}

/** Removes a reference; the actor must be allowed to use (or edit) its secret. */
export async function removeUsage(actor: Actor, usageId: string, opts: { request?: RequestInfo | null; tx?: Tx } = {}) {
  const tx = opts.tx ?? db;
  const usage = await tx.usage.findUnique({ where: { id: usageId } });
  if (!usage || usage.orgId !== actor.orgId) throw new NotFoundError("Usage not found.");
  const facts = await authorizeSecret(actor, usage.secretId, "use", opts.request, opts.tx);
  await tx.usage.delete({ where: { id: usageId } });
  await recordAudit(
    secretAuditEvent(actor, facts, "usage.remove", {
      target: { type: "usage", id: usageId },
      detail: { consumerKind: usage.consumerKind, consumerName: usage.consumerName, location: usage.location },
      request: opts.request,
    }),
    opts.tx,
  );
}
