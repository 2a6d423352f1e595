import "server-only";
import { now as clockNow } from "../../lifecycle/clock.ts";
import { db, databaseKind, type Prisma } from "../../db/index.ts";
import {
  allowedSecretActions,
  toFacts,
  visibleSecretsWhere,
  SECRET_FACTS_SELECT,
  type Actor,
  type SecretAction,
} from "../../authz/index.ts";
import { effectiveStatus } from "../../lifecycle/status.ts";
import type { SecretStatus } from "../../domain/constants.ts";
import { workspaceFilter, type SecretListQuery, type WorkspaceFilter } from "../list-query.ts";
import { effectiveStatusWhere, statusSlices, STATUS_ORDER, type ListedStatus } from "./status-order.ts";

export type SecretListRow = {
  id: string;
  name: string;
  type: string;
  scope: string;
  workspaceName: string | null;
  availability: string | null;
  spotNames: string[];
  description: string | null;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  deletionDueAt: Date | null;
  status: SecretStatus;
  version: number;
  actions: SecretAction[];
};

export type SecretListPage = { rows: SecretListRow[]; total: number; page: number; pageSize: number };

function statusWhere(status: SecretListQuery["status"], now: Date): Prisma.SecretWhereInput {
  return status ? effectiveStatusWhere(status, now) : {};
}

function workspaceWhere(filter: WorkspaceFilter): Prisma.SecretWhereInput {
  switch (filter.kind) {
    case "all":
      return {};
    case "only":
      return { workspaceId: filter.workspaceId };
    case "context":
      return { OR: [{ scope: { not: "WORKSPACE" } }, { workspaceId: filter.workspaceId }] };
  }
}

function orderBy(q: SecretListQuery): Prisma.SecretOrderByWithRelationInput[] {
  const dir = q.dir;
  const nulls = { sort: dir, nulls: "last" } as const;
  const by: Record<SecretListQuery["sort"], Prisma.SecretOrderByWithRelationInput[]> = {
    name: [{ name: dir }],
    type: [{ type: dir }, { name: "asc" }],
    availability: [{ scope: dir }, { availability: nulls }, { name: "asc" }],
    createdAt: [{ createdAt: dir }],
    expiresAt: [{ expiresAt: nulls }, { name: "asc" }],
    // Only within a status group (pageIds): the groups are the effective status, not the column.
    status: [{ name: "asc" }],
  };
  return [...by[q.sort], { id: "asc" }];
}

type PageIds = { total: number; page: { id: string }[] };

async function pageIds(where: Prisma.SecretWhereInput, q: SecretListQuery, now: Date): Promise<PageIds> {
  const skip = (q.page - 1) * q.pageSize;
  if (q.sort !== "status") {
    const [total, page] = await Promise.all([
      db.secret.count({ where }),
      db.secret.findMany({ where, orderBy: orderBy(q), skip, take: q.pageSize, select: { id: true } }),
    ]);
    return { total, page };
  }
  // By the status on screen: the groups in order, each by name (see statusSlices).
  const order = q.dir === "asc" ? STATUS_ORDER : [...STATUS_ORDER].reverse();
  const inGroup = (status: ListedStatus): Prisma.SecretWhereInput => ({
    AND: [where, effectiveStatusWhere(status, now)],
  });
  const counts = await Promise.all(order.map((status) => db.secret.count({ where: inGroup(status) })));
  const slices = statusSlices(order, counts, skip, q.pageSize);
  const parts = await Promise.all(
    slices.map((s) =>
      db.secret.findMany({
        where: inGroup(s.status),
        orderBy: orderBy(q),
        skip: s.skip,
        take: s.take,
        select: { id: true },
      }),
    ),
  );
  return { total: counts.reduce((a, b) => a + b, 0), page: parts.flat() };
}

export type ListSecretsOptions = {
  /** The workspace chosen in the top bar (null: All workspaces); see workspaceFilter. */
  currentWorkspaceId?: string | null;
};

/** One page of the secrets the actor may see, filtered, sorted and paged by the database. */
export async function listSecrets(
  actor: Actor,
  q: SecretListQuery,
  now = clockNow(),
  options: ListSecretsOptions = {},
): Promise<SecretListPage> {
  const where: Prisma.SecretWhereInput = {
    AND: [
      visibleSecretsWhere(actor),
      q.scope ? { scope: q.scope } : {},
      workspaceWhere(workspaceFilter(q, options.currentWorkspaceId ?? null)),
      q.type ? { type: q.type } : {},
      // SQLite's LIKE ignores ASCII case already; PostgreSQL needs ILIKE (the SQLite-typed client lacks `mode`).
      q.q
        ? ({
            name: { contains: q.q, ...(databaseKind() === "postgres" ? { mode: "insensitive" } : {}) },
          } as Prisma.SecretWhereInput)
        : {},
      statusWhere(q.status, now),
    ],
  };
  // Two steps, so that filtering, counting, sorting and paging read only the covering index
  // Secret(orgId, scope, status, ...) and never the rows themselves (fast with 100,000
  // secrets, bench/list); then the page's rows are loaded by id.
  const { total, page } = await pageIds(where, q, now);
  const loaded = page.length
    ? await db.secret.findMany({
        where: { id: { in: page.map((p) => p.id) } },
        select: {
          ...SECRET_FACTS_SELECT,
          type: true,
          description: true,
          createdAt: true,
          expiresAt: true,
          lastUsedAt: true,
          deletionDueAt: true,
          workspace: { select: { name: true } },
          spots: { select: { spotId: true, spot: { select: { name: true } } } },
        },
      })
    : [];
  const byId = new Map(loaded.map((r) => [r.id, r]));
  const rows = page.flatMap((p) => byId.get(p.id) ?? []);
  return {
    total,
    page: q.page,
    pageSize: q.pageSize,
    rows: rows.map((r) => ({
      id: r.id,
      name: r.name,
      type: r.type,
      scope: r.scope,
      workspaceName: r.workspace?.name ?? null,
      availability: r.availability,
      spotNames: r.spots.map((s) => s.spot.name).sort(),
      description: r.description,
      createdAt: r.createdAt,
      expiresAt: r.expiresAt,
      lastUsedAt: r.lastUsedAt,
      deletionDueAt: r.deletionDueAt,
      status: effectiveStatus(r, now),
      version: r.version,
      actions: [...allowedSecretActions(actor, toFacts(r))],
    })),
  };
}
