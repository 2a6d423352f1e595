import "server-only";
import { db } from "../db/index.ts";
import { recordAudit, type RequestInfo } from "../audit/index.ts";
import { actorAudit, type UserActor } from "../authz/index.ts";
import { requireOrgPermission } from "../authz/require-permission.ts";
import { ORG_ROLE_LABELS } from "../domain/constants.ts";
import { env } from "../env/index.ts";
import { ConflictError, NotFoundError } from "../errors/index.ts";
import { addDays } from "../time/days.ts";
import { enqueueMail } from "../notifications/enqueue-mail.ts";
import { generateInvitationToken, INVITATION_DAYS } from "./invitation-token.ts";
import type { InviteMemberData } from "./schema.ts";

export type SentInvitation = { id: string; email: string; expiresAt: Date; delivery: "smtp" | "outbox" };

/**
 * Invites an e-mail address to the organization with a role: a link valid for 7 days and usable
 * once, sent through the outbox (SMTP when configured). Inviting the same address again
 * replaces the earlier link.
 */
export async function inviteMember(
  actor: UserActor,
  input: InviteMemberData,
  opts: { baseUrl: string; request?: RequestInfo | null; now?: Date },
): Promise<SentInvitation> {
  await requireOrgPermission(actor, "members.manage", {
    action: "member.invite",
    message: "Only Account Holders invite members.",
    request: opts.request,
  });
  if (input.orgId !== actor.orgId) throw new NotFoundError("Organization not found.");
  const now = opts.now ?? new Date();
  const existing = await db.membership.findFirst({
    where: { orgId: actor.orgId, user: { email: input.email } },
    select: { id: true },
  });
  if (existing) {
    const message = `${input.email} is already a member of this organization.`;
    throw new ConflictError(message, { email: [message] });
  }
  const org = await db.organization.findUniqueOrThrow({ where: { id: actor.orgId }, select: { name: true } });
  const { token, hash } = generateInvitationToken();
  const expiresAt = addDays(now, INVITATION_DAYS);
  const link = `${opts.baseUrl}/invitations/${token}`;
  const invitation = await db.$transaction(async (tx) => {
    await tx.invitation.updateMany({
      where: { orgId: actor.orgId, email: input.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const row = await tx.invitation.create({
      data: {
        orgId: actor.orgId,
        email: input.email,
        role: input.role,
        tokenHash: hash,
        invitedById: actor.userId,
        expiresAt,
      },
      select: { id: true },
    });
    await enqueueMail(tx, {
      orgId: actor.orgId,
      to: input.email,
      subject: `You are invited to ${org.name} on Strongroom`,
      text:
        `${actor.label} invited you to join ${org.name} on Strongroom as ${ORG_ROLE_LABELS[input.role]}.\n\n` +
        `Accept the invitation: ${link}\n\n` +
        `The link works once and expires on ${expiresAt.toISOString().slice(0, 16).replace("T", " ")} UTC.\n\n— Strongroom`,
    });
    await recordAudit(
      {
        orgId: actor.orgId,
        actor: actorAudit(actor),
        action: "member.invite",
        outcome: "SUCCESS",
        target: { type: "invitation", id: row.id },
        detail: { email: input.email, role: input.role, expiresAt: expiresAt.toISOString() },
        request: opts.request,
      },
      tx,
    );
    return row;
  });
  return { id: invitation.id, email: input.email, expiresAt, delivery: env().SMTP_URL ? "smtp" : "outbox" };
}

/** Withdraws an open invitation: its link stops working. */
export async function revokeInvitation(
  actor: UserActor,
  invitationId: string,
  opts: { request?: RequestInfo | null; now?: Date } = {},
) {
  await requireOrgPermission(actor, "members.manage", {
    action: "member.invite_revoke",
    message: "Only Account Holders manage invitations.",
    request: opts.request,
  });
  const row = await db.invitation.findUnique({
    where: { id: invitationId },
    select: { orgId: true, email: true, acceptedAt: true, revokedAt: true },
  });
  if (!row || row.orgId !== actor.orgId) throw new NotFoundError("Invitation not found.");
  if (row.acceptedAt) throw new ConflictError(`${row.email} has already accepted this invitation.`);
  if (row.revokedAt) return;
  await db.$transaction(async (tx) => {
    await tx.invitation.updateMany({
      where: { id: invitationId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: opts.now ?? new Date() },
    });
    await recordAudit(
      {
        orgId: actor.orgId,
        actor: actorAudit(actor),
        action: "member.invite_revoke",
        outcome: "SUCCESS",
        target: { type: "invitation", id: invitationId },
        detail: { email: row.email },
        request: opts.request,
      },
      tx,
    );
  });
}
