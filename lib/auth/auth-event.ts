// The audit record of a user's own session event — signing in (password or OIDC), signing out,
// signing out everywhere: the user is both actor and target. orgId null: recordAuthEvent
// (auth-audit.ts) puts it in each of the user's organizations. Pure: authorize.ts hands it to
// its injected `audit`.
import type { AuditInput, RequestInfo } from "../audit/types.ts";

export function userAuthEvent(
  user: { id: string; email: string },
  action: "auth.sign_in" | "auth.sign_out" | "auth.sign_out_everywhere",
  request: RequestInfo | null,
  detail?: Record<string, unknown>,
): AuditInput {
  return {
    orgId: null,
    actor: { type: "USER", userId: user.id, label: user.email },
    action,
    outcome: "SUCCESS",
    target: { type: "user", id: user.id },
    detail,
    request,
  };
}
