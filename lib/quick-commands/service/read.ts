import "server-only";
import { db, databaseKind, type Prisma } from "../../db/index.ts";
import {
  allowedSecretActions,
  commandActionsFor,
  toFacts,
  visibleCommandsWhere,
  SECRET_FACTS_SELECT,
  type UserActor,
} from "../../authz/index.ts";
import { authorizeCommand, factsOf } from "../load.ts";
import { inputNames } from "../placeholders.ts";
import { isSecretHeader, needsSecret, parseStoredHeaders, type StoredHeader } from "../stored-headers.ts";
import type { CommandDetail, CommandListRow, HeaderView } from "../views.ts";

async function headerViews(actor: UserActor, headers: StoredHeader[]): Promise<HeaderView[]> {
  const ids = headers.filter(isSecretHeader).map((h) => h.secretId);
  const rows = ids.length
    ? await db.secret.findMany({
        where: { id: { in: ids }, orgId: actor.orgId },
        select: { ...SECRET_FACTS_SELECT, type: true },
      })
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return headers.map((h): HeaderView => {
    if (h.kind === "text") return h;
    if (!isSecretHeader(h))
      return {
        kind: "secret",
        key: h.key,
        secretId: null,
        secretName: h.secretName ?? null,
        field: h.field,
        scope: null,
        type: null,
        state: "needs-secret",
      };
    const row = byId.get(h.secretId);
    if (!row || row.status === "DELETED")
      return {
        kind: "secret",
        key: h.key,
        secretId: h.secretId,
        secretName: h.secretName,
        field: h.field,
        scope: row?.scope ?? null,
        type: row?.type ?? null,
        state: "deleted",
      };
    const actions = allowedSecretActions(actor, toFacts(row));
    const hidden = row.scope === "PERSONAL" && row.ownerId !== actor.userId;
    return {
      kind: "secret",
      key: h.key,
      secretId: h.secretId,
      secretName: hidden ? null : h.secretName,
      field: h.field,
      scope: row.scope,
      type: row.type,
      state: actions.has("use") ? "ok" : "unavailable",
    };
  });
}

export async function getCommand(actor: UserActor, commandId: string): Promise<CommandDetail> {
  const row = await authorizeCommand(actor, commandId, "view");
  const headers = parseStoredHeaders(row.headers);
  const secretNames = headers.filter(isSecretHeader).map((h) => h.secretName);
  const texts = [row.endpoint, row.body ?? "", ...headers.map((h) => (h.kind === "text" ? h.value : ""))];
  return {
    id: row.id,
    orgId: row.orgId,
    name: row.name,
    method: row.method,
    endpoint: row.endpoint,
    body: row.body ?? "",
    visibility: factsOf(row).visibility,
    workspace: row.workspace,
    owner: row.owner,
    isOwner: row.ownerId === actor.userId,
    forkedFromId: row.forkedFromId,
    version: row.version,
    updatedAt: row.updatedAt,
    actions: [...commandActionsFor(actor, factsOf(row))],
    headers: await headerViews(actor, headers),
    inputs: inputNames(texts, secretNames),
  };
}

export type ListCommandsOptions = {
  /** Searches names. */
  q?: string;
  take?: number;
  /** The workspace chosen in the top bar: commands shared with other workspaces are left out. */
  currentWorkspaceId?: string | null;
};

/** The commands the actor may see, by name. */
export async function listCommands(
  actor: UserActor,
  { q, take = 500, currentWorkspaceId }: ListCommandsOptions = {},
): Promise<CommandListRow[]> {
  const search = q
    ? ({
        name: { contains: q, ...(databaseKind() === "postgres" ? { mode: "insensitive" } : {}) },
      } as Prisma.QuickCommandWhereInput)
    : {};
  const inWorkspace: Prisma.QuickCommandWhereInput = currentWorkspaceId
    ? { OR: [{ visibility: { not: "SHARED" } }, { workspaceId: currentWorkspaceId }] }
    : {};
  const rows = await db.quickCommand.findMany({
    where: { AND: [visibleCommandsWhere(actor), search, inWorkspace] },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take,
    include: { owner: { select: { name: true } }, workspace: { select: { name: true } } },
  });
  return rows.map((r) => {
    const headers = parseStoredHeaders(r.headers);
    return {
      id: r.id,
      name: r.name,
      method: r.method,
      endpoint: r.endpoint,
      visibility: factsOf(r).visibility,
      workspaceName: r.workspace?.name ?? null,
      ownerName: r.owner.name,
      isOwner: r.ownerId === actor.userId,
      secretCount: headers.filter(isSecretHeader).length,
      needsSecret: headers.some(needsSecret),
      actions: [...commandActionsFor(actor, factsOf(r))],
      updatedAt: r.updatedAt,
    };
  });
}
