import "server-only";
import { db } from "../db/index.ts";
import type { UserActor } from "../authz/index.ts";
import { requireOrgPermission } from "../authz/require-permission.ts";

export type SpotAdminRow = {
  id: string;
  name: string;
  secretCount: number;
  members: { userId: string; name: string; email: string }[];
};

/** Every Spot of the organization with its members and the number of live secrets restricted to it. */
export async function listSpotsForAdmin(actor: UserActor): Promise<SpotAdminRow[]> {
  await requireOrgPermission(actor, "spots.manage", { action: "spot.list", message: "Only Account Holders manage Spots." });
  const rows = await db.spot.findMany({
    where: { orgId: actor.orgId },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      members: { select: { user: { select: { id: true, name: true, email: true } } } },
      _count: { select: { secrets: { where: { secret: { status: { not: "DELETED" } } } } } },
    },
  });
  return rows.map((s) => ({
    id: s.id,
    name: s.name,
    secretCount: s._count.secrets,
    members: s.members.map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email })).sort((a, b) => a.name.localeCompare(b.name)),
  }));
}

