"use server";
// Workspaces through the one action pipeline; the organization comes from the form (re-checked)
// or from the workspace itself.
import { revalidatePath } from "next/cache";
import { defineAction, requireUserActor } from "@/lib/authz";
import { createWorkspace, removeWorkspaceMember, renameWorkspace, setWorkspaceArchived, setWorkspaceMember, workspaceOrgId } from "@/lib/workspaces";
import { archiveWorkspaceSchema, createWorkspaceSchema, removeWorkspaceMemberSchema, renameWorkspaceSchema, workspaceMemberSchema } from "@/lib/workspaces/schema";

// Workspaces appear in the switcher of every page.
const refresh = () => revalidatePath("/", "layout");
const actorFor = async (user: { id: string; email: string; name: string }, workspaceId: string) => requireUserActor(user, await workspaceOrgId(workspaceId));

export const createWorkspaceAction = defineAction(createWorkspaceSchema, async (input, ctx) => {
  const created = await createWorkspace(await requireUserActor(ctx.user, input.orgId), input, { request: ctx.request });
  refresh();
  return created;
});

export const renameWorkspaceAction = defineAction(renameWorkspaceSchema, async (input, ctx) => {
  const renamed = await renameWorkspace(await actorFor(ctx.user, input.workspaceId), input, { request: ctx.request });
  refresh();
  return renamed;
});

export const archiveWorkspaceAction = defineAction(archiveWorkspaceSchema, async (input, ctx) => {
  const result = await setWorkspaceArchived(await actorFor(ctx.user, input.workspaceId), input, { request: ctx.request });
  refresh();
  return result;
});

export const setWorkspaceMemberAction = defineAction(workspaceMemberSchema, async (input, ctx) => {
  await setWorkspaceMember(await actorFor(ctx.user, input.workspaceId), input, { request: ctx.request });
  refresh();
  return { userId: input.userId };
});

export const removeWorkspaceMemberAction = defineAction(removeWorkspaceMemberSchema, async (input, ctx) => {
  await removeWorkspaceMember(await actorFor(ctx.user, input.workspaceId), input, { request: ctx.request });
  refresh();
  return { userId: input.userId };
});
