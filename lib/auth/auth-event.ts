// The audit record of a user's own session or account event — signing in (password or OIDC),
// signing out, signing out everywhere, ending one session, changing their name or password
// (Account settings): the user is both actor and target. orgId null: recordAuthEvent
// (auth-audit.ts) puts it in each of the user's organizations. Pure: authorize.ts hands it to
// its injected `audit`.
import type { AuditInput, RequestInfo } from "../audit/types.ts";

export type UserAuthAction =
  | "auth.sign_in"
  | "auth.sign_out"
  | "auth.sign_out_everywhere"
  | "auth.session_end"
  | "auth.password_change"
  | "account.name_change";

export function userAuthEvent(
  user: { id: string; email: string },
  action: UserAuthAction,
  request: RequestInfo | null,
  detail?: Record<string, unknown>,
  outcome: AuditInput["outcome"] = "SUCCESS",
): AuditInput {
  return {
    orgId: null,
    actor: { type: "USER", userId: user.id, label: user.email },
    action,
    outcome,
    target: { type: "user", id: user.id },
    detail,
    request,
  };
}
