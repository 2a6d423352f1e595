"use server";
// Account settings: the signed-in user's own name, password and sessions (session tier: each
// acts on the caller only). "Sign out everywhere" is the portal frame's (context-actions.ts).
import { revalidatePath } from "next/cache";
import { changeName, changePassword, endOwnSession } from "@/lib/account";
import { changeNameSchema, changePasswordSchema, endSessionSchema } from "@/lib/account/schema";
import { defineAction } from "@/lib/authz";

export const changeNameAction = defineAction(changeNameSchema, async ({ name }, { user, request }) => {
  const changed = await changeName(user, name, request);
  revalidatePath("/", "layout");
  return changed;
});

export const changePasswordAction = defineAction(changePasswordSchema, async (input, { user, sessionId, request }) => {
  const changed = await changePassword({ user, sessionId }, input, request);
  revalidatePath("/account");
  return changed;
});

export const endSessionAction = defineAction(endSessionSchema, async ({ handle }, { user, sessionId, request }) => {
  const ended = await endOwnSession({ user, sessionId }, handle, request);
  revalidatePath("/account");
  return ended;
});
