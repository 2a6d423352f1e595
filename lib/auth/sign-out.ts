// Ending sessions on the server: a sign-out revokes the JWT's session record, "Sign out
// everywhere" every record of the user. Both are audited (orgId null, like sign-in).
import "server-only";
import type { JWT } from "next-auth/jwt";
import { recordAudit, type RequestInfo } from "../audit/index.ts";
import { getRequestInfo } from "./request-info.ts";
import type { SessionUser } from "./session.ts";
import { revokeAllUserSessions, revokeUserSession } from "./user-sessions.ts";

/** next-auth's `events.signOut`: revokes the session; audited only if it was still live. */
export async function endSession(token: JWT | null | undefined): Promise<void> {
  if (!token?.sessionId || !token.userId) return;
  if (!(await revokeUserSession(token.sessionId))) return;
  await recordAudit({
    orgId: null,
    actor: { type: "USER", userId: token.userId, label: token.email ?? token.userId },
    action: "auth.sign_out",
    outcome: "SUCCESS",
    target: { type: "user", id: token.userId },
    request: await getRequestInfo(),
  });
}

/** Revokes every session of `user`, this one included. */
export async function endAllSessions(user: SessionUser, request: RequestInfo): Promise<number> {
  const revoked = await revokeAllUserSessions(user.id);
  await recordAudit({
    orgId: null,
    actor: { type: "USER", userId: user.id, label: user.email },
    action: "auth.sign_out_everywhere",
    outcome: "SUCCESS",
    target: { type: "user", id: user.id },
    detail: { sessions: revoked },
    request,
  });
  return revoked;
}
