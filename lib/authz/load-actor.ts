import "server-only";
import { db } from "../db/index.ts";
import { NotFoundError } from "../errors/index.ts";
import type { OrgRole, WorkspaceRole } from "../domain/constants.ts";
import type { UserActor } from "./actor.ts";

export type ActorUser = { id: string; email: string; name: string };

/**
 * The user's actor in an organization, or null when they are not a member. One query:
 * membership, workspace roles (non-archived workspaces) and Spot memberships in that org.
 */
export async function loadUserActor(user: ActorUser, orgId: string): Promise<UserActor | null> {
  const membership = await db.membership.findUnique({
    where: { orgId_userId: { orgId, userId: user.id } },
    select: {
      role: true,
      user: {
        select: {
          disabledAt: true,
          workspaceMembers: {
            where: { workspace: { orgId, archivedAt: null } },
            select: { workspaceId: true, role: true },
          },
          spotMembers: { where: { spot: { orgId } }, select: { spotId: true } },
        },
      },
    },
  });
  if (!membership || membership.user.disabledAt) return null;
  return {
    kind: "user",
    userId: user.id,
    label: user.email,
    orgId,
    role: membership.role as OrgRole,
    workspaceRoles: new Map(membership.user.workspaceMembers.map((w) => [w.workspaceId, w.role as WorkspaceRole])),
    spotIds: new Set(membership.user.spotMembers.map((s) => s.spotId)),
  };
}

/** Like loadUserActor, but an organization the user does not belong to does not exist for them. */
export async function requireUserActor(user: ActorUser, orgId: string): Promise<UserActor> {
  const actor = await loadUserActor(user, orgId);
  if (!actor) throw new NotFoundError("Organization not found.");
  return actor;
}
