"use server";
// The portal frame's own actions: switching the current organization / workspace (membership is
// verified on the server, lib/auth/current-context.ts, before the preference cookie is set) and
// "Sign out everywhere" (ends every session of the signed-in user, this browser's too; the button
// then clears this browser's cookie through next-auth's sign-out).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idSchema } from "@/lib/domain/id";
import { selectOrganization, selectWorkspace } from "@/lib/auth";
import { endAllSessions } from "@/lib/auth/sign-out";
import { defineAction } from "@/lib/authz";
import { ValidationError } from "@/lib/errors";

export const switchOrganization = defineAction(idSchema.nullable(), async (orgId) => {
  if (!orgId) throw new ValidationError("Choose an organization.");
  await selectOrganization(orgId);
  revalidatePath("/", "layout");
  return null;
});

/** null or "": all workspaces. */
export const switchWorkspace = defineAction(z.union([z.literal(""), idSchema]).nullable(), async (workspaceId) => {
  await selectWorkspace(workspaceId || null);
  revalidatePath("/", "layout");
  return null;
});

export const signOutEverywhere = defineAction(z.undefined(), async (_input, { user, request }) => {
  await endAllSessions(user, request);
  return null;
});
