// Creating, renaming and archiving workspaces (Account Holders: "workspaces.manage"). An
// archived workspace disappears from the switchers and its members lose access to its
// secrets at once (the actor loads only live workspace roles); Holders and Managers still see
// its secrets. Restoring brings everything back.
import "server-only";
import { db, type Tx } from "../db/index.ts";
import { recordAudit, type RequestInfo } from "../audit/index.ts";
import { actorAudit, type UserActor } from "../authz/index.ts";
import { requireOrgPermission } from "../authz/require-permission.ts";
import { ConflictError, NotFoundError } from "../errors/index.ts";
import { isUniqueViolation } from "../secrets/service/errors.ts";
import { nameKey } from "../domain/text.ts";

type Opts = { request?: RequestInfo | null; now?: Date };
const NOT_ALLOWED = "Only Account Holders manage workspaces.";

export function nameTaken(name: string) {
  const message = `A workspace named "${name}" already exists.`;
  return new ConflictError(message, { name: [message] });
}

async function loadOwn(actor: UserActor, workspaceId: string, action: string, opts: Opts) {
  await requireOrgPermission(actor, "workspaces.manage", { action, message: NOT_ALLOWED, request: opts.request, target: { type: "workspace", id: workspaceId } });
  const ws = await db.workspace.findUnique({ where: { id: workspaceId }, select: { id: true, orgId: true, name: true, archivedAt: true } });
  if (!ws || ws.orgId !== actor.orgId) throw new NotFoundError("Workspace not found.");
  return ws;
}

function audit(tx: Tx, actor: UserActor, action: string, workspaceId: string, detail: Record<string, unknown>, opts: Opts) {
  return recordAudit({ orgId: actor.orgId, actor: actorAudit(actor), action, outcome: "SUCCESS", target: { type: "workspace", id: workspaceId }, detail, request: opts.request }, tx);
}

export async function createWorkspace(actor: UserActor, input: { orgId: string; name: string }, opts: Opts = {}) {
  await requireOrgPermission(actor, "workspaces.manage", { action: "workspace.create", message: NOT_ALLOWED, request: opts.request });
  if (input.orgId !== actor.orgId) throw new NotFoundError("Organization not found.");
  try {
    return await db.$transaction(async (tx) => {
      const ws = await tx.workspace.create({ data: { orgId: actor.orgId, name: input.name, nameKey: nameKey(input.name) }, select: { id: true, name: true } });
      await audit(tx, actor, "workspace.create", ws.id, { name: ws.name }, opts);
      return ws;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw nameTaken(input.name);
    throw e;
  }
}

export async function renameWorkspace(actor: UserActor, input: { workspaceId: string; name: string }, opts: Opts = {}) {
  const ws = await loadOwn(actor, input.workspaceId, "workspace.rename", opts);
  if (ws.name === input.name) return { id: ws.id, name: ws.name };
  try {
    return await db.$transaction(async (tx) => {
      await tx.workspace.update({ where: { id: ws.id }, data: { name: input.name, nameKey: nameKey(input.name) } });
      await audit(tx, actor, "workspace.rename", ws.id, { from: ws.name, to: input.name }, opts);
      return { id: ws.id, name: input.name };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw nameTaken(input.name);
    throw e;
  }
}

export async function setWorkspaceArchived(actor: UserActor, input: { workspaceId: string; archived: boolean }, opts: Opts = {}) {
  const ws = await loadOwn(actor, input.workspaceId, input.archived ? "workspace.archive" : "workspace.restore", opts);
  if (!!ws.archivedAt === input.archived) return { id: ws.id, archived: input.archived };
  await db.$transaction(async (tx) => {
    await tx.workspace.update({ where: { id: ws.id }, data: { archivedAt: input.archived ? (opts.now ?? new Date()) : null } });
    await audit(tx, actor, input.archived ? "workspace.archive" : "workspace.restore", ws.id, { name: ws.name }, opts);
  });
  return { id: ws.id, archived: input.archived };
}

export { loadOwn as loadWorkspaceForAdmin, audit as auditWorkspace };
