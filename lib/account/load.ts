// What the Account page shows the signed-in user about themselves: name, e-mail, whether they
// have a password (users who only sign in through OIDC have none), their live sessions (named
// by handle, never by id; "This session" marked) and the API tokens they created that still work.
import "server-only";
import { db } from "../db/index.ts";
import type { CurrentSession } from "../auth/session.ts";
import { listLiveUserSessions, sessionHandle } from "../auth/user-sessions.ts";
import { describeUserAgent } from "./device.ts";

export type AccountSession = {
  handle: string;
  device: string;
  userAgent: string | null;
  ip: string | null;
  signedInAt: Date;
  lastSeenAt: Date;
  current: boolean;
};

export type OwnApiToken = {
  id: string;
  name: string;
  prefix: string;
  organizationName: string;
  orgId: string;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
};

export type AccountView = {
  name: string;
  email: string;
  hasPassword: boolean;
  sessions: AccountSession[];
  tokens: OwnApiToken[];
};

export async function loadAccount({ user, sessionId }: CurrentSession, now = new Date()): Promise<AccountView> {
  const [row, sessions, tokens] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true, email: true, passwordHash: true } }),
    listLiveUserSessions(user.id, now),
    db.apiToken.findMany({
      where: { createdById: user.id, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: 100,
      select: {
        id: true,
        name: true,
        prefix: true,
        orgId: true,
        expiresAt: true,
        lastUsedAt: true,
        organization: { select: { name: true } },
      },
    }),
  ]);
  return {
    name: row.name,
    email: row.email,
    hasPassword: row.passwordHash !== null,
    sessions: sessions
      .map((s) => ({
        handle: sessionHandle(s.id),
        device: describeUserAgent(s.userAgent),
        userAgent: s.userAgent,
        ip: s.ip,
        signedInAt: s.createdAt,
        lastSeenAt: s.lastSeenAt,
        current: s.id === sessionId,
      }))
      .sort((a, b) => Number(b.current) - Number(a.current)),
    tokens: tokens.map(({ organization, ...t }) => ({ ...t, organizationName: organization.name })),
  };
}
