import "server-only";
import { db } from "../db/index.ts";
import { recordAudit, type RequestInfo } from "../audit/index.ts";
import { actorAudit, keepsApiTokens, type UserActor } from "../authz/index.ts";
import { requireOrgPermission } from "../authz/require-permission.ts";
import type { OrgRole } from "../domain/constants.ts";
import { NotFoundError } from "../errors/index.ts";
import { assertHolderRemains, lockMemberships } from "./holders.ts";
import { revokeTokensCreatedBy, forgetRevokedTokens } from "./revoke-tokens.ts";

/**
 * Changes a member's organization role (Account Holders only). Never leaves the organization
 * without a Holder. Takes effect on the member's next request (roles are read per request).
 * Someone made a Member loses the right to manage API tokens, so the tokens they created are
 * revoked at once.
 */
export async function changeMemberRole(
  actor: UserActor,
  input: { orgId: string; userId: string; role: OrgRole },
  opts: { request?: RequestInfo | null; now?: Date } = {},
): Promise<{ from: OrgRole; to: OrgRole; revokedTokens: number }> {
  const target = { type: "user", id: input.userId };
  await requireOrgPermission(actor, "members.manage", {
    action: "member.role_change",
    message: "Only Account Holders change roles.",
    request: opts.request,
    target,
  });
  if (input.orgId !== actor.orgId) throw new NotFoundError("Organization not found.");
  const now = opts.now ?? new Date();
  const result = await db.$transaction(async (tx) => {
    await lockMemberships(tx, actor.orgId);
    const membership = await tx.membership.findUnique({
      where: { orgId_userId: { orgId: actor.orgId, userId: input.userId } },
      select: { role: true, user: { select: { email: true } } },
    });
    if (!membership) throw new NotFoundError("Member not found.");
    const from = membership.role as OrgRole;
    if (from === input.role) return { from, to: from, tokenIds: [] as string[] };
    await tx.membership.update({
      where: { orgId_userId: { orgId: actor.orgId, userId: input.userId } },
      data: { role: input.role },
    });
    await assertHolderRemains(tx, actor.orgId);
    const revoke = { now, actor: actorAudit(actor), reason: "role_changed", request: opts.request } as const;
    const tokenIds = keepsApiTokens(input.role)
      ? []
      : await revokeTokensCreatedBy(tx, actor.orgId, input.userId, revoke);
    await recordAudit(
      {
        orgId: actor.orgId,
        actor: actorAudit(actor),
        action: "member.role_change",
        outcome: "SUCCESS",
        target,
        detail: { email: membership.user.email, from, to: input.role, revokedTokens: tokenIds.length },
        request: opts.request,
      },
      tx,
    );
    return { from, to: input.role, tokenIds };
  });
  forgetRevokedTokens(result.tokenIds);
  return { from: result.from, to: result.to, revokedTokens: result.tokenIds.length };
}
