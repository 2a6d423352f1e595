// Ending sessions on the server: a sign-out revokes the JWT's session record, "Sign out
// everywhere" every record of the user. Both are audited in the
// user's organizations, like sign-in (auth-audit.ts).
import "server-only";
import type { JWT } from "next-auth/jwt";
import type { RequestInfo } from "../audit/index.ts";
import { recordAuthEvent } from "./auth-audit.ts";
import { userAuthEvent } from "./auth-event.ts";
import { getRequestInfo } from "./request-info.ts";
import type { SessionUser } from "./session.ts";
import { revokeAllUserSessions, revokeUserSession } from "./user-sessions.ts";

/** next-auth's `events.signOut`: revokes the session; audited only if it was still live. */
export async function endSession(token: JWT | null | undefined): Promise<void> {
  if (!token?.sessionId || !token.userId) return;
  if (!(await revokeUserSession(token.sessionId))) return;
  const user = { id: token.userId, email: token.email ?? token.userId };
  await recordAuthEvent(userAuthEvent(user, "auth.sign_out", await getRequestInfo()));
}

/** Revokes every session of `user`, this one included. */
export async function endAllSessions(user: SessionUser, request: RequestInfo): Promise<number> {
  const revoked = await revokeAllUserSessions(user.id);
  await recordAuthEvent(userAuthEvent(user, "auth.sign_out_everywhere", request, { sessions: revoked }));
  return revoked;
}
