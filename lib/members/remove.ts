import "server-only";
import { db } from "../db/index.ts";
import { recordAudit, type RequestInfo } from "../audit/index.ts";
import { actorAudit, type UserActor } from "../authz/index.ts";
import { requireOrgPermission } from "../authz/require-permission.ts";
import { NotFoundError } from "../errors/index.ts";
import { loadLifecycleSettings } from "../lifecycle/settings.ts";
import { assertHolderRemains, lockMemberships } from "./holders.ts";
import { schedulePersonalSecretsOfRemovedMember } from "./personal-secrets.ts";
import { forgetRevokedTokens, revokeTokensCreatedBy } from "./revoke-tokens.ts";

export type RemovedMember = { email: string; revokedTokens: number; scheduledSecrets: number };

/**
 * Removes a member from the organization, in one transaction: membership, workspace and Spot
 * memberships gone; every session of the user ended (sessionVersion bump); API tokens they
 * created revoked; their personal secrets scheduled for deletion with the owner notified.
 * Never removes the last Account Holder.
 */
export async function removeMember(
  actor: UserActor,
  input: { orgId: string; userId: string },
  opts: { request?: RequestInfo | null; now?: Date } = {},
): Promise<RemovedMember> {
  const target = { type: "user", id: input.userId };
  await requireOrgPermission(actor, "members.manage", {
    action: "member.remove",
    message: "Only Account Holders remove members.",
    request: opts.request,
    target,
  });
  if (input.orgId !== actor.orgId) throw new NotFoundError("Organization not found.");
  const now = opts.now ?? new Date();
  const settings = await loadLifecycleSettings(actor.orgId);
  const org = await db.organization.findUniqueOrThrow({ where: { id: actor.orgId }, select: { name: true } });
  const result = await db.$transaction(async (tx) => {
    await lockMemberships(tx, actor.orgId);
    const membership = await tx.membership.findUnique({
      where: { orgId_userId: { orgId: actor.orgId, userId: input.userId } },
      select: { id: true, role: true, user: { select: { id: true, email: true } } },
    });
    if (!membership) throw new NotFoundError("Member not found.");
    const user = membership.user;
    await tx.membership.delete({ where: { id: membership.id } });
    await assertHolderRemains(tx, actor.orgId);
    await tx.workspaceMember.deleteMany({ where: { userId: user.id, workspace: { orgId: actor.orgId } } });
    await tx.spotMember.deleteMany({ where: { userId: user.id, spot: { orgId: actor.orgId } } });
    await tx.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    const tokenIds = await revokeTokensCreatedBy(tx, actor.orgId, user.id, {
      now,
      actor: actorAudit(actor),
      reason: "member_removed",
      request: opts.request,
    });
    const scheduledSecrets = await schedulePersonalSecretsOfRemovedMember(tx, user, {
      orgId: actor.orgId,
      orgName: org.name,
      removedBy: { userId: actor.userId, label: actor.label },
      settings,
      now,
      request: opts.request,
    });
    await recordAudit(
      {
        orgId: actor.orgId,
        actor: actorAudit(actor),
        action: "member.remove",
        outcome: "SUCCESS",
        target,
        detail: { email: user.email, role: membership.role, revokedTokens: tokenIds.length, scheduledSecrets },
        request: opts.request,
      },
      tx,
    );
    return { email: user.email, tokenIds, scheduledSecrets };
  });
  forgetRevokedTokens(result.tokenIds);
  return { email: result.email, revokedTokens: result.tokenIds.length, scheduledSecrets: result.scheduledSecrets };
}
