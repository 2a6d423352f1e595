"use server";
// Switching the current organization / workspace. Membership is verified on the server
// (lib/auth/current-context.ts) before the preference cookie is set.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { selectOrganization, selectWorkspace } from "@/lib/auth";
import { defineAction } from "@/lib/authz";
import { ValidationError } from "@/lib/errors";

const idSchema = z.string().trim().min(1).max(100);

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
