// The credentials check behind the "credentials" provider. Its collaborators are injected
// (login-attempts.ts supplies the database ones), so the rules can be tested directly:
//  - one message for an unknown e-mail and a wrong password, with comparable timing (an unknown
//    e-mail is verified against a dummy hash), and the same lock-out for both (an unknown or
//    disabled e-mail is counted and locked by the e-mail, without any user row);
//  - a locked account is told how long the lock lasts; the failure that reaches the limit locks
//    the account and says so;
//  - every attempt spends a token of the client's bucket; a success gives it back;
//  - every failure, lock-out and success is audited; `audit` puts an event about a known account
//    in each of its organizations' chains (auth-audit.ts), the rest in the system chain.
import type { AuditInput } from "../audit/types.ts";
import { userAuthEvent } from "./auth-event.ts";
import { normalizeEmail } from "./email.ts";
import {
  lockMinutesRemaining,
  type Clock,
  type FailureOutcome,
  type LockoutPolicy,
  type TakeResult,
} from "./login-throttle.ts";
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
  /** The lock of an e-mail that has no enabled account (SignInFailure), if any. */
  findEmailLock(email: string): Promise<Date | null>;
  /** registerFailure for an e-mail that has no enabled account: the same counting and locking, keyed by the e-mail. */
  registerEmailFailure(
    email: string,
    now: number,
    policy: LockoutPolicy,
  ): Promise<FailureOutcome & { lockedNow: boolean }>;
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

  // An e-mail without an enabled account goes through the same steps as an account — the same
  // lock-out (counted per e-mail in its own table), the same hashing — so the answers and their
  // timing are the same, and nothing says which e-mails exist.
  const user = await deps.findUserByEmail(email);
  const account = user && !user.disabledAt ? user : null;
  const target = user ? { type: "user", id: user.id } : null;
  const now = deps.now();
  const lockedUntil = account ? account.lockedUntil : await deps.findEmailLock(email);
  const lockedFor = lockMinutesRemaining(lockedUntil, now);
  if (lockedFor > 0) {
    await failed("locked", { target });
    throw new SignInError({ kind: "locked", minutes: lockedFor });
  }

  const hash = account?.passwordHash ?? (await deps.dummyPasswordHash());
  const ok = (await deps.verifyPassword(hash, password)) && Boolean(account?.passwordHash);

  if (!account || !ok) {
    const outcome = account
      ? await deps.registerFailure(account.id, now, deps.policy)
      : await deps.registerEmailFailure(email, now, deps.policy);
    const reason = !user
      ? "unknown_email"
      : !account
        ? "disabled"
        : account.passwordHash
          ? "wrong_password"
          : "no_password";
    await failed(reason, { target, detail: { reason, method: "password", locked: outcome.locked } });
    if (outcome.locked) {
      if (outcome.lockedNow) {
        await deps.audit({
          orgId: null,
          actor: anonymous,
          action: "auth.locked_out",
          outcome: "FAILURE",
          target,
          detail: { maxFailures: deps.policy.maxFailures, lockoutMinutes: deps.policy.lockoutMinutes, reason },
          request: req,
        });
      }
      throw new SignInError({ kind: "locked", minutes: Math.max(1, lockMinutesRemaining(outcome.lockedUntil, now)) });
    }
    throw new SignInError({ kind: "invalid_credentials" });
  }

  await deps.registerSuccess(account.id, now);
  deps.bucket.refund(request.throttleKey);
  await deps.audit(userAuthEvent(account, "auth.sign_in", req, { method: "password" }));
  return { id: account.id, email: account.email, name: account.name, sessionVersion: account.sessionVersion };
}
