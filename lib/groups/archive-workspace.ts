// Archiving and restoring a workspace (what only workspaces have). An archived workspace
// disappears from the switchers and its members lose access to its secrets at once (the actor
// loads only live workspace roles); Holders and Managers still see its secrets. Restoring brings
// everything back.
import "server-only";
import { db } from "../db/index.ts";
import type { UserActor } from "../authz/index.ts";
import { auditGroup, loadGroup, type GroupOpts } from "./manage.ts";

export async function setWorkspaceArchived(
  actor: UserActor,
  input: { workspaceId: string; archived: boolean },
  opts: GroupOpts = {},
) {
  const action = input.archived ? "workspace.archive" : "workspace.restore";
  const ws = await loadGroup(actor, "workspace", input.workspaceId, action, opts);
  await db.$transaction(async (tx) => {
    const { archivedAt } = await tx.workspace.findUniqueOrThrow({ where: { id: ws.id }, select: { archivedAt: true } });
    if (!!archivedAt === input.archived) return;
    const data = { archivedAt: input.archived ? (opts.now ?? new Date()) : null };
    await tx.workspace.update({ where: { id: ws.id }, data });
    await auditGroup(tx, actor, "workspace", action, ws.id, { name: ws.name }, opts);
  });
  return { id: ws.id, archived: input.archived };
}
