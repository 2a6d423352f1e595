// Ending one of one's own other sessions from Account settings (another browser or device).
// The session is named by its handle; only the user's own live sessions are candidates, so a
// handle of someone else's session is simply not found. This browser's session ends through
// Sign out instead (next-auth clears its cookie).
import "server-only";
import type { RequestInfo } from "../audit/index.ts";
import { recordAuthEvent } from "../auth/auth-audit.ts";
import { userAuthEvent } from "../auth/auth-event.ts";
import type { CurrentSession } from "../auth/session.ts";
import { listLiveUserSessions, revokeUserSession, sessionHandle } from "../auth/user-sessions.ts";
import { NotFoundError, ValidationError } from "../errors/index.ts";
import { describeUserAgent } from "./device.ts";

export async function endOwnSession({ user, sessionId }: CurrentSession, handle: string, request: RequestInfo) {
  const target = (await listLiveUserSessions(user.id)).find((s) => sessionHandle(s.id) === handle);
  if (!target) throw new NotFoundError("This session has already ended.");
  if (target.id === sessionId) throw new ValidationError("To end this session, use Sign out.");
  if (await revokeUserSession(target.id)) {
    const detail = { device: describeUserAgent(target.userAgent), sessionIp: target.ip, signedInAt: target.createdAt };
    await recordAuthEvent(userAuthEvent(user, "auth.session_end", request, detail));
  }
  return { handle };
}
