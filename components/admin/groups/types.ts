import type { ActionResult } from "@/lib/authz/action";
import type { GroupKind } from "@/lib/authz/permissions";
import type { WorkspaceRole } from "@/lib/domain/constants";
import type { CreateGroupInput } from "@/lib/groups/schema";

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
  create(input: CreateGroupInput): Result;
  rename(input: GroupInput): Result;
  /** Archive or restore a workspace; delete a Spot. */
  end(input: GroupInput): Result;
  putMember(input: GroupInput): Result;
  removeMember(input: GroupInput): Result;
};
