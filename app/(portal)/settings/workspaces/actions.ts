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
} from "@/lib/groups";
import {
  archiveWorkspaceSchema,
  createWorkspaceSchema,
  removeWorkspaceMemberSchema,
  renameWorkspaceSchema,
  workspaceMemberSchema,
} from "@/lib/groups/schema";
import { refreshing } from "../refreshing";

// Workspaces appear in the switcher of every page.
const run = refreshing(() => revalidatePath("/", "layout"));

export const createWorkspaceAction = formAction(organizationAction(createWorkspaceSchema, run(createWorkspace)));
export const renameWorkspaceAction = formAction(workspaceAction(renameWorkspaceSchema, run(renameWorkspace)));
export const archiveWorkspaceAction = workspaceAction(archiveWorkspaceSchema, run(setWorkspaceArchived));
export const setWorkspaceMemberAction = workspaceAction(workspaceMemberSchema, run(setWorkspaceMember));
/** "Add member" of a workspace card: the same action, posted as a form. */
export const addWorkspaceMemberAction = formAction(setWorkspaceMemberAction);
export const removeWorkspaceMemberAction = workspaceAction(removeWorkspaceMemberSchema, run(removeWorkspaceMember));
