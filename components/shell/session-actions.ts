"use server";
// "Sign out everywhere": ends every session of the signed-in user on the server (this browser's
// too); the button then clears this browser's cookie through next-auth's sign-out.
import { z } from "zod";
import { defineAction } from "@/lib/authz";
import { endAllSessions } from "@/lib/auth/sign-out";

export const signOutEverywhereAction = defineAction(z.undefined(), async (_input, { user, request }) => {
  await endAllSessions(user, request);
  return null;
});
