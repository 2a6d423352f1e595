// Workspace membership (Admin or Member). Workspace secrets follow it on the next request:
// the actor is built from the database for every request and action.
import "server-only";
import { db } from "../db/index.ts";
import type { RequestInfo } from "../audit/index.ts";
import type { UserActor } from "../authz/index.ts";
import type { WorkspaceRole } from "../domain/constants.ts";
import { NotFoundError, ValidationError } from "../errors/index.ts";
import { auditWorkspace, loadWorkspaceForAdmin } from "./manage.ts";

type Opts = { request?: RequestInfo | null };

/** Adds an organization member to the workspace, or changes their workspace role. */
export async function setWorkspaceMember(actor: UserActor, input: { workspaceId: string; userId: string; role: WorkspaceRole }, opts: Opts = {}) {
  const ws = await loadWorkspaceForAdmin(actor, input.workspaceId, "workspace.member_set", opts);
  const member = await db.membership.findUnique({
    where: { orgId_userId: { orgId: actor.orgId, userId: input.userId } },
    select: { user: { select: { email: true } } },
  });
  if (!member) throw new ValidationError("Choose a member of this organization.", { userId: ["Choose a member of this organization."] });
  await db.$transaction(async (tx) => {
    const key = { workspaceId_userId: { workspaceId: ws.id, userId: input.userId } };
    const before = await tx.workspaceMember.findUnique({ where: key, select: { role: true } });
    await tx.workspaceMember.upsert({ where: key, update: { role: input.role }, create: { workspaceId: ws.id, userId: input.userId, role: input.role } });
    await auditWorkspace(tx, actor, "workspace.member_set", ws.id, { email: member.user.email, from: before?.role ?? null, to: input.role }, opts);
  });
}

export async function removeWorkspaceMember(actor: UserActor, input: { workspaceId: string; userId: string }, opts: Opts = {}) {
  const ws = await loadWorkspaceForAdmin(actor, input.workspaceId, "workspace.member_remove", opts);
  await db.$transaction(async (tx) => {
    const { count } = await tx.workspaceMember.deleteMany({ where: { workspaceId: ws.id, userId: input.userId } });
    if (count === 0) throw new NotFoundError("That person is not a member of this workspace.");
    await auditWorkspace(tx, actor, "workspace.member_remove", ws.id, { userId: input.userId }, opts);
  });
}
