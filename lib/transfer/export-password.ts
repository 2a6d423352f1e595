// Re-entering the password before a value reveal. Wrong passwords are audited (DENIED) and
// count towards the sign-in lock-out, so an open session cannot be used to guess it.
import "server-only";
import { db } from "../db/index.ts";
import { recordAudit, type RequestInfo } from "../audit/index.ts";
import { actorAudit, type UserActor } from "../authz/index.ts";
import { lockoutPolicy, registerFailure } from "../auth/login-attempts.ts";
import { lockMinutesRemaining } from "../auth/login-throttle.ts";
import { verifyPassword } from "../auth/password.ts";
import { ForbiddenError, ValidationError } from "../errors/index.ts";

export const WRONG_PASSWORD = "Wrong password.";

export async function confirmPassword(
  actor: UserActor,
  password: string,
  ctx: { request?: RequestInfo | null; detail: Record<string, unknown> },
): Promise<void> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { passwordHash: true, lockedUntil: true },
  });
  const deny = (reason: string) =>
    recordAudit({
      orgId: actor.orgId,
      actor: actorAudit(actor),
      action: "secret.export",
      outcome: "DENIED",
      detail: { ...ctx.detail, reason },
      request: ctx.request,
    });
  if (!user.passwordHash) {
    await deny("no_password");
    throw new ForbiddenError(
      "Exporting values needs your password; accounts that sign in only through single sign-on cannot export.",
    );
  }
  const locked = lockMinutesRemaining(user.lockedUntil, Date.now());
  if (locked > 0) {
    await deny("locked");
    throw new ForbiddenError(`Too many wrong passwords. Try again in ${locked} minute${locked === 1 ? "" : "s"}.`);
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    await registerFailure(actor.userId, Date.now(), lockoutPolicy());
    await deny("wrong_password");
    throw new ValidationError(WRONG_PASSWORD, { password: [WRONG_PASSWORD] });
  }
}
