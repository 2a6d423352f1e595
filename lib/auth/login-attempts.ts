// The database side of sign-in: user lookup, failure counting and lock-out, success bookkeeping.
import "server-only";
import { db } from "../db/index.ts";
import { env } from "../env/index.ts";
import { recordAudit } from "../audit/index.ts";
import { dummyPasswordHash, verifyPassword } from "./password.ts";
import { failureOutcome, signInBucket, systemClock, type LockoutPolicy } from "./login-throttle.ts";
import type { AuthorizeDeps, LoginUser } from "./authorize.ts";

export async function findLoginUser(email: string): Promise<LoginUser | null> {
  return db.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      sessionVersion: true,
      passwordHash: true,
      lockedUntil: true,
      disabledAt: true,
    },
  });
}

/** Atomic increment, then a conditional lock: concurrent failures cannot skip the limit, and only one of them locks. */
export async function registerFailure(userId: string, now: number, policy: LockoutPolicy) {
  const { failedLoginCount } = await db.user.update({
    where: { id: userId },
    data: { failedLoginCount: { increment: 1 } },
    select: { failedLoginCount: true },
  });
  const outcome = failureOutcome(failedLoginCount, now, policy);
  if (!outcome.locked) return { ...outcome, lockedNow: false };
  const { count } = await db.user.updateMany({
    where: { id: userId, failedLoginCount: { gte: policy.maxFailures } },
    data: { failedLoginCount: 0, lockedUntil: outcome.lockedUntil },
  });
  return { ...outcome, lockedNow: count === 1 };
}

export async function registerSuccess(userId: string, now: number): Promise<void> {
  await db.user.update({
    where: { id: userId },
    data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: new Date(now) },
  });
}

export function lockoutPolicy(): LockoutPolicy {
  const e = env();
  return { maxFailures: e.STRONGROOM_LOGIN_MAX_FAILURES, lockoutMinutes: e.STRONGROOM_LOCKOUT_MINUTES };
}

export function databaseAuthorizeDeps(): AuthorizeDeps {
  return {
    now: systemClock,
    policy: lockoutPolicy(),
    bucket: signInBucket(),
    findUserByEmail: findLoginUser,
    registerFailure,
    registerSuccess,
    verifyPassword,
    dummyPasswordHash,
    audit: (input) => recordAudit(input),
  };
}
