"use server";
// Switching the current organization / workspace. Membership is verified on the server
// (lib/auth/current-context.ts) before the preference cookie is set.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { selectOrganization, selectWorkspace } from "@/lib/auth";
import { isAppError } from "@/lib/errors";
import type { SwitchResult } from "@/components/shell/types";

const idSchema = z.string().trim().min(1).max(100);

async function run(fn: () => Promise<unknown>): Promise<SwitchResult> {
  try {
    await fn();
  } catch (err) {
    if (isAppError(err)) return { ok: false, error: err.message };
    console.error("[context-actions] unexpected error", err);
    return { ok: false, error: "Something went wrong. Try again." };
  }
  revalidatePath("/", "layout");
  return { ok: true };
}

export async function switchOrganization(orgId: unknown): Promise<SwitchResult> {
  const parsed = idSchema.safeParse(orgId);
  if (!parsed.success) return { ok: false, error: "Choose an organization." };
  return run(() => selectOrganization(parsed.data));
}

export async function switchWorkspace(workspaceId: unknown): Promise<SwitchResult> {
  if (workspaceId === null || workspaceId === "") return run(() => selectWorkspace(null));
  const parsed = idSchema.safeParse(workspaceId);
  if (!parsed.success) return { ok: false, error: "Choose a workspace." };
  return run(() => selectWorkspace(parsed.data));
}
