// The database side of sign-in: user lookup, failure counting and lock-out (per account, and per
// e-mail for e-mails without an enabled account), success bookkeeping.
import "server-only";
import { db } from "../db/index.ts";
import { env } from "../env/index.ts";
import { recordAuthEvent } from "./auth-audit.ts";
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

const PRUNE_EMAIL_FAILURES_AFTER_MS = 30 * 24 * 60 * 60_000;

export async function findEmailLock(email: string): Promise<Date | null> {
  const row = await db.signInFailure.findUnique({ where: { email }, select: { lockedUntil: true } });
  return row?.lockedUntil ?? null;
}

/** registerFailure for an e-mail without an enabled account: the same atomic count and conditional lock, by e-mail. */
export async function registerEmailFailure(email: string, now: number, policy: LockoutPolicy) {
  const increment = () =>
    db.signInFailure.upsert({
      where: { email },
      create: { email, failedCount: 1 },
      update: { failedCount: { increment: 1 } },
      select: { failedCount: true },
    });
  // Two first failures at once may both try to create the row: the loser counts on the winner's.
  const { failedCount } = await increment().catch((e: unknown) => {
    if ((e as { code?: string }).code === "P2002") return increment();
    throw e;
  });
  const outcome = failureOutcome(failedCount, now, policy);
  if (!outcome.locked) return { ...outcome, lockedNow: false };
  const { count } = await db.signInFailure.updateMany({
    where: { email, failedCount: { gte: policy.maxFailures } },
    data: { failedCount: 0, lockedUntil: outcome.lockedUntil },
  });
  // Housekeeping (at most once per lock-out): e-mails nobody has tried for a month.
  await db.signInFailure.deleteMany({ where: { updatedAt: { lt: new Date(now - PRUNE_EMAIL_FAILURES_AFTER_MS) } } });
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
    findEmailLock,
    registerEmailFailure,
    verifyPassword,
    dummyPasswordHash,
    audit: recordAuthEvent,
  };
}
