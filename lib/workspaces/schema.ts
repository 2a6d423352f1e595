// What the Workspaces screen submits: one schema per form and its server action. Client-safe.
import { z } from "zod";
import { WORKSPACE_ROLES } from "../domain/constants.ts";
import { requiredText } from "../domain/text.ts";

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "Invalid id.");
export const WORKSPACE_NAME_MAX_LENGTH = 100;

const name = requiredText("Name", WORKSPACE_NAME_MAX_LENGTH);

export const createWorkspaceSchema = z.object({ orgId: id, name });
export const renameWorkspaceSchema = z.object({ workspaceId: id, name });
export const archiveWorkspaceSchema = z.object({ workspaceId: id, archived: z.boolean() });
export const workspaceMemberSchema = z.object({
  workspaceId: id,
  userId: id.or(z.literal("")).refine((v) => v !== "", "Choose a member."),
  role: z.enum(WORKSPACE_ROLES, { error: "Choose a role." }),
});
export const removeWorkspaceMemberSchema = z.object({ workspaceId: id, userId: id });

export type CreateWorkspaceInput = z.input<typeof createWorkspaceSchema>;
export type RenameWorkspaceInput = z.input<typeof renameWorkspaceSchema>;
export type WorkspaceMemberInput = z.input<typeof workspaceMemberSchema>;
