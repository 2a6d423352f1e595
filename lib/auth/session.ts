// The signed-in user of the current request, verified against the database on every request:
// the user must exist, not be disabled, and the session's version must match the user's
// (bumping User.sessionVersion ends every session of that user at once).
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { db } from "../db/index.ts";
import { UnauthenticatedError } from "../errors/index.ts";
import { authOptions } from "./options.ts";

export type SessionUser = { id: string; email: string; name: string };

export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  if (!userId || typeof session.sessionVersion !== "number") return null;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, sessionVersion: true, disabledAt: true },
  });
  if (!user || user.disabledAt || user.sessionVersion !== session.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name };
});

export async function requireSessionUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new UnauthenticatedError();
  return user;
}
