// The signed-in user of the current request, verified against the database on every request,
// in one indexed read: the JWT's session record (UserSession, by primary key) must be live —
// not revoked (sign-out, "Sign out everywhere") and not expired — and its user must exist, not
// be disabled, and have the session's version (bumping User.sessionVersion ends every session
// of that user at once). A JWT without a session id (issued before session records existed)
// is not accepted: its holder signs in once more.
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { db } from "../db/index.ts";
import { UnauthenticatedError } from "../errors/index.ts";
import { authOptions } from "./options.ts";
import { touchUserSession } from "./user-sessions.ts";

export type SessionUser = { id: string; email: string; name: string };

/** The signed-in user and the id of this request's session record (UserSession). */
export type CurrentSession = { user: SessionUser; sessionId: string };

export const getCurrentSession = cache(async (): Promise<CurrentSession | null> => {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  const sessionId = session?.sessionId;
  if (!userId || !sessionId || typeof session.sessionVersion !== "number") return null;
  const now = new Date();
  const user = await db.user.findFirst({
    where: {
      id: userId,
      disabledAt: null,
      sessionVersion: session.sessionVersion,
      sessions: { some: { id: sessionId, revokedAt: null, expiresAt: { gt: now } } },
    },
    select: { id: true, email: true, name: true },
  });
  if (!user) return null;
  await touchUserSession(sessionId, now.getTime());
  return { user, sessionId };
});

export const getSessionUser = cache(async (): Promise<SessionUser | null> => (await getCurrentSession())?.user ?? null);

export async function requireCurrentSession(): Promise<CurrentSession> {
  const current = await getCurrentSession();
  if (!current) throw new UnauthenticatedError();
  return current;
}

export async function requireSessionUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new UnauthenticatedError();
  return user;
}
