import "server-only";
import { db } from "../db/index.ts";
import type { UserActor } from "../authz/index.ts";
import { requireOrgPermission } from "../authz/require-permission.ts";
import { ORG_ROLES, type OrgRole } from "../domain/constants.ts";

export type MemberRow = {
  userId: string;
  name: string;
  email: string;
  role: OrgRole;
  joinedAt: Date;
  lastLoginAt: Date | null;
  isYou: boolean;
};

export type InvitationRow = {
  id: string;
  email: string;
  role: OrgRole;
  createdAt: Date;
  expiresAt: Date;
  invitedBy: string | null;
  expired: boolean;
};

const NOT_ALLOWED = "Only Account Holders manage members.";

/** The organization's members (Holders first, then by name) and its open invitations. */
export async function listMembers(
  actor: UserActor,
  now = new Date(),
): Promise<{ members: MemberRow[]; invitations: InvitationRow[] }> {
  await requireOrgPermission(actor, "members.manage", { action: "member.list", message: NOT_ALLOWED });
  const [memberships, invitations] = await Promise.all([
    db.membership.findMany({
      where: { orgId: actor.orgId },
      select: {
        role: true,
        createdAt: true,
        user: { select: { id: true, name: true, email: true, lastLoginAt: true } },
      },
      take: 5000,
    }),
    db.invitation.findMany({
      where: { orgId: actor.orgId, acceptedAt: null, revokedAt: null },
      orderBy: { createdAt: "desc" },
      take: 500,
    }),
  ]);
  const inviterIds = [...new Set(invitations.flatMap((i) => (i.invitedById ? [i.invitedById] : [])))];
  const inviters = new Map(
    (await db.user.findMany({ where: { id: { in: inviterIds } }, select: { id: true, name: true } })).map((u) => [
      u.id,
      u.name,
    ]),
  );
  return {
    members: memberships
      .map((m) => ({
        userId: m.user.id,
        name: m.user.name,
        email: m.user.email,
        role: m.role as OrgRole,
        joinedAt: m.createdAt,
        lastLoginAt: m.user.lastLoginAt,
        isYou: m.user.id === actor.userId,
      }))
      .sort((a, b) => ORG_ROLES.indexOf(a.role) - ORG_ROLES.indexOf(b.role) || a.name.localeCompare(b.name)),
    invitations: invitations.map((i) => ({
      id: i.id,
      email: i.email,
      role: i.role as OrgRole,
      createdAt: i.createdAt,
      expiresAt: i.expiresAt,
      invitedBy: i.invitedById ? (inviters.get(i.invitedById) ?? null) : null,
      expired: i.expiresAt <= now,
    })),
  };
}

/** Members of the organization as choices for workspace and Spot membership (id, name, e-mail). */
export async function memberChoices(orgId: string): Promise<{ userId: string; name: string; email: string }[]> {
  const rows = await db.membership.findMany({
    where: { orgId, user: { disabledAt: null } },
    select: { user: { select: { id: true, name: true, email: true } } },
    take: 5000,
  });
  return rows
    .map((r) => ({ userId: r.user.id, name: r.user.name, email: r.user.email }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
