// Server-side records of signed-in sessions (UserSession). next-auth's JWT carries the record's
// id; session.ts accepts a JWT only while its record is live, so signing out (which revokes
// the record) ends the session even if the cookie is kept and replayed.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "../db/index.ts";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/** lastSeenAt/expiresAt are written at most this often per session and process (not on every request). */
export const SESSION_TOUCH_INTERVAL_MS = 5 * 60_000;

const MAX_TRACKED = 10_000;
const PRUNE_AFTER_MS = 7 * 24 * 60 * 60_000;
const globalForSessions = globalThis as unknown as { strongroomSessionTouches?: Map<string, number> };
const touches = (globalForSessions.strongroomSessionTouches ??= new Map());

export async function createUserSession(
  userId: string,
  request: { ip: string | null; userAgent: string | null },
  now = Date.now(),
): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  await db.userSession.create({
    data: {
      id,
      userId,
      createdAt: new Date(now),
      lastSeenAt: new Date(now),
      expiresAt: new Date(now + SESSION_MAX_AGE_SECONDS * 1000),
      ip: request.ip,
      userAgent: request.userAgent,
    },
  });
  touches.set(id, now);
  // Housekeeping, bounded per user: records that ended more than a week ago are of no use.
  await db.userSession.deleteMany({ where: { userId, expiresAt: { lt: new Date(now - PRUNE_AFTER_MS) } } });
  return id;
}

/** Keeps a session in use alive (its expiry slides like the JWT's); throttled per process. */
export async function touchUserSession(id: string, now = Date.now()): Promise<void> {
  const last = touches.get(id);
  if (last !== undefined && now - last < SESSION_TOUCH_INTERVAL_MS) return;
  touches.delete(id);
  touches.set(id, now);
  if (touches.size > MAX_TRACKED) touches.delete(touches.keys().next().value!);
  await db.userSession.updateMany({
    where: { id, revokedAt: null },
    data: { lastSeenAt: new Date(now), expiresAt: new Date(now + SESSION_MAX_AGE_SECONDS * 1000) },
  });
}

/** Revokes one session; true if it was live until now (so that a sign-out is audited once). */
export async function revokeUserSession(id: string, now = Date.now()): Promise<boolean> {
  touches.delete(id);
  const { count } = await db.userSession.updateMany({
    where: { id, revokedAt: null },
    data: { revokedAt: new Date(now) },
  });
  return count > 0;
}

/** Revokes every live session of the user ("Sign out everywhere"); the number revoked. */
export async function revokeAllUserSessions(userId: string, now = Date.now()): Promise<number> {
  const { count } = await db.userSession.updateMany({
    where: { userId, revokedAt: null },
    data: { revokedAt: new Date(now) },
  });
  return count;
}

/**
 * What the Account page names a session by: a digest of its id, so that the id itself (which the
 * JWT carries) never reaches a page.
 */
export function sessionHandle(id: string): string {
  return createHash("sha256").update(`strongroom-session:${id}`).digest("base64url").slice(0, 24);
}

export type LiveSession = {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  ip: string | null;
  userAgent: string | null;
};

/** The user's sessions that are neither revoked nor expired, most recently seen first. */
export async function listLiveUserSessions(userId: string, now = new Date()): Promise<LiveSession[]> {
  return db.userSession.findMany({
    where: { userId, revokedAt: null, expiresAt: { gt: now } },
    orderBy: [{ lastSeenAt: "desc" }, { id: "asc" }],
    take: 100,
    select: { id: true, createdAt: true, lastSeenAt: true, ip: true, userAgent: true },
  });
}
