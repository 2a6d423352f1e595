// Changing one's own password in Account settings. The current password is checked like a
// sign-in: the same per-address bucket (a failure spends a token, a success gives it back) and
// the same account lock-out (a wrong password counts towards it), so a stolen session cannot be
// used to guess the password. On success the new argon2id hash replaces the old one and every
// other session of the user ends, in one transaction with its audit record. The password itself
// is never logged or audited.
import "server-only";
import { db } from "../db/index.ts";
import type { RequestInfo } from "../audit/index.ts";
import { recordAuthEvent } from "../auth/auth-audit.ts";
import { userAuthEvent } from "../auth/auth-event.ts";
import { throttleKeyOf } from "../auth/client-address.ts";
import type { CurrentSession } from "../auth/session.ts";
import { hashPassword, verifyPassword } from "../auth/password.ts";
import { lockoutPolicy, registerFailure } from "../auth/login-attempts.ts";
import { lockMinutesRemaining, signInBucket } from "../auth/login-throttle.ts";
import { AppError, ConflictError, ValidationError } from "../errors/index.ts";
import type { z } from "zod";
import type { changePasswordSchema } from "./schema.ts";

export const WRONG_CURRENT_PASSWORD = "Current password is wrong.";
export const NO_PASSWORD_MESSAGE = "You sign in with single sign-on, so there is no Strongroom password to change.";

const minutes = (n: number) => `${n} ${n === 1 ? "minute" : "minutes"}`;

/** An error shown at the current-password field. */
function atCurrent(message: string, code = "invalid_input", status = 422) {
  return new AppError(message, code, status, { currentPassword: [message] });
}

const tooManyWrong = (n: number) => atCurrent(`Too many wrong passwords. Try again in ${minutes(n)}.`, "locked", 429);

export async function changePassword(
  { user, sessionId }: CurrentSession,
  input: z.output<typeof changePasswordSchema>,
  request: RequestInfo,
  now = Date.now(),
): Promise<{ sessionsEnded: number }> {
  const failed = (reason: string, extra: Record<string, unknown> = {}) =>
    recordAuthEvent(userAuthEvent(user, "auth.password_change", request, { reason, ...extra }, "FAILURE"));

  const bucket = signInBucket();
  const throttleKey = throttleKeyOf(request.ip);
  const token = bucket.take(throttleKey);
  if (!token.ok) {
    await failed("rate_limited");
    const wait = minutes(Math.max(1, Math.ceil(token.retryAfterMs / 60_000)));
    throw atCurrent(`Too many password attempts from your network. Try again in ${wait}.`, "rate_limited", 429);
  }

  const row = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { passwordHash: true, lockedUntil: true },
  });
  if (!row.passwordHash) {
    bucket.refund(throttleKey);
    throw new ValidationError(NO_PASSWORD_MESSAGE);
  }
  const lockedFor = lockMinutesRemaining(row.lockedUntil, now);
  if (lockedFor > 0) {
    await failed("locked");
    throw tooManyWrong(lockedFor);
  }

  if (!(await verifyPassword(row.passwordHash, input.currentPassword))) {
    const policy = lockoutPolicy();
    const outcome = await registerFailure(user.id, now, policy);
    await failed("wrong_password", { locked: outcome.locked });
    if (outcome.lockedNow) {
      const { maxFailures, lockoutMinutes } = policy;
      const detail = { maxFailures, lockoutMinutes, reason: "wrong_password" };
      const event = userAuthEvent(user, "auth.password_change", request, detail, "FAILURE");
      await recordAuthEvent({ ...event, action: "auth.locked_out" });
    }
    if (outcome.locked) throw tooManyWrong(outcome.minutes);
    throw atCurrent(WRONG_CURRENT_PASSWORD);
  }
  bucket.refund(throttleKey);

  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    // Only over the hash that was checked: two changes at once cannot both win.
    const { count } = await tx.user.updateMany({
      where: { id: user.id, passwordHash: row.passwordHash },
      data: { passwordHash, failedLoginCount: 0, lockedUntil: null },
    });
    if (count !== 1) throw new ConflictError("Your password was changed meanwhile. Reload the page and try again.");
    const { count: sessionsEnded } = await tx.userSession.updateMany({
      where: { userId: user.id, revokedAt: null, id: { not: sessionId } },
      data: { revokedAt: new Date(now) },
    });
    await recordAuthEvent(
      userAuthEvent(user, "auth.password_change", request, { otherSessionsEnded: sessionsEnded }),
      tx,
    );
    return { sessionsEnded };
  });
}
