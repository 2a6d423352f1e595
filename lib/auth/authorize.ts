// The credentials check behind the "credentials" provider. Its collaborators are injected
// (login-attempts.ts supplies the database ones), so the rules can be tested directly:
//  - one message for an unknown e-mail and a wrong password, with comparable timing (an unknown
//    e-mail is verified against a dummy hash);
//  - a locked account is told how long the lock lasts; the failure that reaches the limit locks
//    the account and says so;
//  - every attempt spends a token of the client's bucket; a success gives it back;
//  - every failure, lock-out and success is audited (orgId null: sign-in is not organization-bound).
import type { AuditInput } from "../audit/types.ts";
import { normalizeEmail } from "./email.ts";
import { lockMinutesRemaining, type Clock, type FailureOutcome, type LockoutPolicy, type TakeResult } from "./login-throttle.ts";
import { SignInError } from "./sign-in-errors.ts";
import { signInSchema } from "./sign-in-schema.ts";

export type CredentialsInput = { email?: unknown; password?: unknown } | undefined;

export type AuthorizedUser = { id: string; email: string; name: string; sessionVersion: number };

export type LoginUser = AuthorizedUser & {
  passwordHash: string | null;
  lockedUntil: Date | null;
  disabledAt: Date | null;
};

export type LoginRequest = { ip: string | null; userAgent: string | null; throttleKey: string };

export type AuthorizeDeps = {
  now: Clock;
  policy: LockoutPolicy;
  bucket: { take(key: string): TakeResult; refund(key: string): void };
  findUserByEmail(email: string): Promise<LoginUser | null>;
  /** Counts a failure atomically and locks when the limit is reached; `lockedNow` is true for the one attempt that locked. */
  registerFailure(userId: string, now: number, policy: LockoutPolicy): Promise<FailureOutcome & { lockedNow: boolean }>;
  registerSuccess(userId: string, now: number): Promise<void>;
  verifyPassword(passwordHash: string, password: string): Promise<boolean>;
  dummyPasswordHash(): Promise<string>;
  audit(input: AuditInput): Promise<void>;
};

export async function authorizeCredentials(
  input: CredentialsInput,
  request: LoginRequest,
  deps: AuthorizeDeps,
): Promise<AuthorizedUser> {
  const email = normalizeEmail(input?.email);
  const password = typeof input?.password === "string" ? input.password : "";
  const req = { ip: request.ip, userAgent: request.userAgent };
  const anonymous = { type: "ANONYMOUS" as const, label: email.slice(0, 256) || "(no e-mail)" };

  const failed = (reason: string, extra: Partial<AuditInput> = {}) =>
    deps.audit({
      orgId: null,
      actor: anonymous,
      action: "auth.sign_in_failed",
      outcome: "FAILURE",
      detail: { reason, method: "password" },
      request: req,
      ...extra,
    });

  const token = deps.bucket.take(request.throttleKey);
  if (!token.ok) {
    await failed("rate_limited");
    throw new SignInError({ kind: "rate_limited", minutes: Math.max(1, Math.ceil(token.retryAfterMs / 60_000)) });
  }

  // The form's own schema (it also bounds the password length before any hashing).
  if (!signInSchema.safeParse({ email, password }).success) {
    await failed("malformed");
    throw new SignInError({ kind: "invalid_credentials" });
  }

  const user = await deps.findUserByEmail(email);
  if (!user || user.disabledAt) {
    await deps.verifyPassword(await deps.dummyPasswordHash(), password);
    await failed(user ? "disabled" : "unknown_email", user ? { target: { type: "user", id: user.id } } : {});
    throw new SignInError({ kind: "invalid_credentials" });
  }

  const target = { type: "user", id: user.id };
  const now = deps.now();
  const lockedFor = lockMinutesRemaining(user.lockedUntil, now);
  if (lockedFor > 0) {
    await failed("locked", { target });
    throw new SignInError({ kind: "locked", minutes: lockedFor });
  }

  const ok = user.passwordHash
    ? await deps.verifyPassword(user.passwordHash, password)
    : (await deps.verifyPassword(await deps.dummyPasswordHash(), password), false);

  if (!ok) {
    const outcome = await deps.registerFailure(user.id, now, deps.policy);
    await failed(user.passwordHash ? "wrong_password" : "no_password", {
      target,
      detail: { reason: user.passwordHash ? "wrong_password" : "no_password", method: "password", locked: outcome.locked },
    });
    if (outcome.locked) {
      if (outcome.lockedNow) {
        await deps.audit({
          orgId: null,
          actor: anonymous,
          action: "auth.locked_out",
          outcome: "FAILURE",
          target,
          detail: { maxFailures: deps.policy.maxFailures, lockoutMinutes: deps.policy.lockoutMinutes },
          request: req,
        });
      }
      throw new SignInError({ kind: "locked", minutes: Math.max(1, lockMinutesRemaining(outcome.lockedUntil, now)) });
    }
    throw new SignInError({ kind: "invalid_credentials" });
  }

  await deps.registerSuccess(user.id, now);
  deps.bucket.refund(request.throttleKey);
  await deps.audit({
    orgId: null,
    actor: { type: "USER", userId: user.id, label: user.email },
    action: "auth.sign_in",
    outcome: "SUCCESS",
    target,
    detail: { method: "password" },
    request: req,
  });
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
