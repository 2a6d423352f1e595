// Changing one's own display name (Account settings); audited with the old and new name.
import "server-only";
import { db } from "../db/index.ts";
import type { RequestInfo } from "../audit/index.ts";
import { recordAuthEvent } from "../auth/auth-audit.ts";
import { userAuthEvent } from "../auth/auth-event.ts";
import type { SessionUser } from "../auth/session.ts";

export async function changeName(user: SessionUser, name: string, request: RequestInfo): Promise<{ name: string }> {
  if (name === user.name) return { name };
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { name } });
    await recordAuthEvent(userAuthEvent(user, "account.name_change", request, { from: user.name, to: name }), tx);
  });
  return { name };
}
