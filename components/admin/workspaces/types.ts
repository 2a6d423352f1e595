import type { WorkspaceRole } from "@/lib/domain/constants";
import type { FormSubmit } from "@/lib/authz/form-state";
import type { WorkspaceMemberInput } from "@/lib/workspaces/schema";
import type { Action } from "../types";

export type WorkspaceView = {
  id: string;
  name: string;
  archived: boolean;
  secretCount: number;
  members: { userId: string; name: string; email: string; role: WorkspaceRole }[];
};

export type WorkspaceActions = {
  /** Form actions (FormData: orgId, name / workspaceId, name). */
  create: FormSubmit;
  rename: FormSubmit;
  archive: Action<{ workspaceId: string; archived: boolean }>;
  setMember: Action<WorkspaceMemberInput>;
  /** setMember as a form action (FormData: workspaceId, userId, role). */
  addMember: FormSubmit;
  removeMember: Action<{ workspaceId: string; userId: string }>;
};
