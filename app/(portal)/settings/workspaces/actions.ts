"use server";
// Workspaces through the one action pipeline; the organization comes from the form (re-checked)
// or from the workspace itself.
import { revalidatePath } from "next/cache";
import { formAction, organizationAction, workspaceAction } from "@/lib/authz";
import {
  createWorkspace,
  removeWorkspaceMember,
  renameWorkspace,
  setWorkspaceArchived,
  setWorkspaceMember,
} from "@/lib/workspaces";
import { archiveWorkspaceSchema, createWorkspaceSchema, removeWorkspaceMemberSchema, renameWorkspaceSchema, workspaceMemberSchema } from "@/lib/workspaces/schema";

// Workspaces appear in the switcher of every page.
const refresh = () => revalidatePath("/", "layout");

export const createWorkspaceAction = formAction(
  organizationAction(createWorkspaceSchema, async (input, { actor, request }) => {
    const created = await createWorkspace(actor, input, { request });
    refresh();
    return created;
  }),
);

export const renameWorkspaceAction = formAction(
  workspaceAction(renameWorkspaceSchema, async (input, { actor, request }) => {
    const renamed = await renameWorkspace(actor, input, { request });
    refresh();
    return renamed;
  }),
);

export const archiveWorkspaceAction = workspaceAction(archiveWorkspaceSchema, async (input, { actor, request }) => {
  const result = await setWorkspaceArchived(actor, input, { request });
  refresh();
  return result;
});

export const setWorkspaceMemberAction = workspaceAction(workspaceMemberSchema, async (input, { actor, request }) => {
  await setWorkspaceMember(actor, input, { request });
  refresh();
  return { userId: input.userId };
});

/** "Add member" of a workspace card: the same action, posted as a form. */
export const addWorkspaceMemberAction = formAction(setWorkspaceMemberAction);

export const removeWorkspaceMemberAction = workspaceAction(removeWorkspaceMemberSchema, async (input, { actor, request }) => {
  await removeWorkspaceMember(actor, input, { request });
  refresh();
  return { userId: input.userId };
});
