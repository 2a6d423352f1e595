import "server-only";
import { db } from "../db/index.ts";
import type { UserActor } from "../authz/index.ts";
import { requireOrgPermission } from "../authz/require-permission.ts";
import type { WorkspaceRole } from "../domain/constants.ts";

export type WorkspaceAdminRow = {
  id: string;
  name: string;
  archivedAt: Date | null;
  secretCount: number;
  members: { userId: string; name: string; email: string; role: WorkspaceRole }[];
};

/** Every workspace of the organization (archived last), with members and live secret counts. */
export async function listWorkspacesForAdmin(actor: UserActor): Promise<WorkspaceAdminRow[]> {
  await requireOrgPermission(actor, "workspaces.manage", { action: "workspace.list", message: "Only Account Holders manage workspaces." });
  const [rows, counts] = await Promise.all([
    db.workspace.findMany({
      where: { orgId: actor.orgId },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        archivedAt: true,
        members: { select: { role: true, user: { select: { id: true, name: true, email: true } } } },
      },
    }),
    db.secret.groupBy({ by: ["workspaceId"], where: { orgId: actor.orgId, scope: "WORKSPACE", status: { not: "DELETED" } }, _count: { _all: true } }),
  ]);
  const countOf = new Map(counts.map((c) => [c.workspaceId, c._count._all]));
  return rows
    .map((w) => ({
      id: w.id,
      name: w.name,
      archivedAt: w.archivedAt,
      secretCount: countOf.get(w.id) ?? 0,
      members: w.members
        .map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email, role: m.role as WorkspaceRole }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    }))
    .sort((a, b) => Number(!!a.archivedAt) - Number(!!b.archivedAt) || a.name.localeCompare(b.name));
}

