import type { ActionResult } from "@/lib/authz/action";
import type { GroupKind } from "@/lib/authz/permissions";
import type { WorkspaceRole } from "@/lib/domain/constants";
import type { FormSubmit } from "@/lib/authz/form-state";

export type { GroupKind };

/** A group (workspace or Spot) as the Settings screen shows it, with what the viewer may change. */
export type GroupView = {
  id: string;
  name: string;
  archived: boolean;
  secretCount: number;
  members: { userId: string; name: string; email: string; role: WorkspaceRole | null }[];
  canManageMembers: boolean;
};

/** An action's input: the group's id under the kind's field (`workspaceId`, `spotId`) and the form's fields. */
export type GroupInput = Record<string, unknown>;
type Result = Promise<ActionResult<unknown>>;

/** The kind's server actions (passed down from the page). Methods, so each kind's own input types fit. */
export type GroupActions = {
  /** Form actions (FormData): create (orgId, name), rename (the group's id, name), addMember. */
  create: FormSubmit;
  rename: FormSubmit;
  /** Archive or restore a workspace; delete a Spot. */
  end(input: GroupInput): Result;
  /** Change a member's workspace role (only kinds with roles have it). */
  putMember?(input: GroupInput): Result;
  addMember: FormSubmit;
  removeMember(input: GroupInput): Result;
};
