// Accepting an invitation: a new user sets their name and password (argon2id); someone who
// already has an account joins while signed in as the invited e-mail (an invitation never
// changes an existing account's password). Each link works once, until it expires.
import "server-only";
import { db, type Tx } from "../db/index.ts";
import { recordAudit, type RequestInfo } from "../audit/index.ts";
import { hashPassword } from "../auth/password.ts";
import type { SessionUser } from "../auth/session.ts";
import type { OrgRole } from "../domain/constants.ts";
import { ConflictError, NotFoundError } from "../errors/index.ts";
import { hashInvitationToken, looksLikeInvitationToken } from "./invitation-token.ts";

export type InvitationStatus = "valid" | "expired" | "used" | "revoked";
export type InvitationView = {
  status: InvitationStatus;
  orgName: string;
  email: string;
  role: OrgRole;
  expiresAt: Date;
  hasAccount: boolean;
};

async function findByToken(tx: Tx, token: string) {
  if (!looksLikeInvitationToken(token)) return null;
  return tx.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: {
      id: true,
      orgId: true,
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      organization: { select: { name: true } },
    },
  });
}

type Row = NonNullable<Awaited<ReturnType<typeof findByToken>>>;

function statusOf(row: Row, now: Date): InvitationStatus {
  if (row.acceptedAt) return "used";
  if (row.revokedAt) return "revoked";
  return row.expiresAt <= now ? "expired" : "valid";
}

const PROBLEMS: Record<Exclude<InvitationStatus, "valid">, string> = {
  used: "This invitation has already been used. Sign in instead.",
  revoked: "This invitation was withdrawn. Ask an Account Holder for a new one.",
  expired: "This invitation has expired. Ask an Account Holder for a new one.",
};
export const UNKNOWN_INVITATION = "This invitation link is not valid. Check that you copied the whole link.";

/** What the invitation page shows; null for a link that matches no invitation. */
export async function describeInvitation(token: string, now = new Date()): Promise<InvitationView | null> {
  const row = await findByToken(db, token);
  if (!row) return null;
  const user = await db.user.findUnique({ where: { email: row.email }, select: { id: true } });
  return {
    status: statusOf(row, now),
    orgName: row.organization.name,
    email: row.email,
    role: row.role as OrgRole,
    expiresAt: row.expiresAt,
    hasAccount: !!user,
  };
}

/** Marks the invitation used (once: a second, concurrent acceptance finds nothing to update). */
async function claim(tx: Tx, token: string, now: Date): Promise<Row> {
  const row = await findByToken(tx, token);
  if (!row) throw new NotFoundError(UNKNOWN_INVITATION);
  const status = statusOf(row, now);
  if (status !== "valid") throw new ConflictError(PROBLEMS[status]);
  const { count } = await tx.invitation.updateMany({
    where: { id: row.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { acceptedAt: now },
  });
  if (count !== 1) throw new ConflictError(PROBLEMS.used);
  return row;
}

async function join(tx: Tx, row: Row, user: { id: string; email: string }, request: RequestInfo | null | undefined) {
  await tx.membership.upsert({
    where: { orgId_userId: { orgId: row.orgId, userId: user.id } },
    update: {},
    create: { orgId: row.orgId, userId: user.id, role: row.role },
  });
  await recordAudit(
    {
      orgId: row.orgId,
      actor: { type: "USER", userId: user.id, label: user.email },
      action: "member.join",
      outcome: "SUCCESS",
      target: { type: "invitation", id: row.id },
      detail: { role: row.role },
      request,
    },
    tx,
  );
}

/** A new user accepts: account created with the invited e-mail, then membership with the invited role. */
export async function acceptInvitation(
  input: { token: string; name: string; password: string },
  opts: { request?: RequestInfo | null; now?: Date } = {},
): Promise<{ email: string; orgId: string }> {
  const now = opts.now ?? new Date();
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const row = await claim(tx, input.token, now);
    if (await tx.user.findUnique({ where: { email: row.email }, select: { id: true } })) {
      throw new ConflictError(
        `An account for ${row.email} already exists. Sign in with it, then open this link again to join.`,
      );
    }
    const user = await tx.user.create({
      data: { email: row.email, name: input.name, passwordHash },
      select: { id: true, email: true },
    });
    await join(tx, row, user, opts.request);
    return { email: user.email, orgId: row.orgId };
  });
}

/** A signed-in user whose e-mail was invited joins the organization. */
export async function joinWithAccount(
  user: SessionUser,
  token: string,
  opts: { request?: RequestInfo | null; now?: Date } = {},
) {
  const now = opts.now ?? new Date();
  return db.$transaction(async (tx) => {
    const row = await claim(tx, token, now);
    if (row.email !== user.email.toLowerCase()) {
      throw new ConflictError(
        `This invitation is for ${row.email}. Sign out and sign in with that account to accept it.`,
      );
    }
    await join(tx, row, user, opts.request);
    return { orgId: row.orgId };
  });
}
