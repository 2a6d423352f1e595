// What the Workspaces and Spots screens submit: one schema per form and its server action, the
// same for both kinds but for the input field that names the group (the resource tier reads it)
// and the workspace's role and archive. Client-safe.
import { z } from "zod";
import { WORKSPACE_ROLES } from "../domain/constants.ts";
import { idSchema as id } from "../domain/id.ts";
import { requiredText } from "../domain/text.ts";

export const GROUP_NAME_MAX_LENGTH = 100;
const name = requiredText("Name", GROUP_NAME_MAX_LENGTH);
const chosenMember = id.or(z.literal("")).refine((v) => v !== "", "Choose a member.");

function groupSchemas<K extends string>(idKey: K) {
  const ref = z.object({ [idKey]: id } as { [P in K]: typeof id });
  return {
    create: z.object({ orgId: id, name }),
    rename: ref.extend({ name }),
    ref,
    member: ref.extend({ userId: chosenMember }),
    removeMember: ref.extend({ userId: id }),
  };
}

const workspace = groupSchemas("workspaceId");
const spot = groupSchemas("spotId");

export const createWorkspaceSchema = workspace.create;
export const renameWorkspaceSchema = workspace.rename;
export const archiveWorkspaceSchema = workspace.ref.extend({ archived: z.boolean() });
const role = z.enum(WORKSPACE_ROLES, { error: "Choose a role." });
export const workspaceMemberSchema = workspace.member.extend({ role });
export const removeWorkspaceMemberSchema = workspace.removeMember;

export const createSpotSchema = spot.create;
export const renameSpotSchema = spot.rename;
export const spotRefSchema = spot.ref;
export const spotMemberSchema = spot.member;
export const removeSpotMemberSchema = spot.removeMember;

export type CreateGroupInput = z.input<typeof createWorkspaceSchema>;

/** The forms of each kind, for the one Settings screen of groups. */
export const GROUP_FORM_SCHEMAS = {
  workspace: { create: createWorkspaceSchema, rename: renameWorkspaceSchema, member: workspaceMemberSchema },
  spot: { create: createSpotSchema, rename: renameSpotSchema, member: spotMemberSchema },
} as const;
