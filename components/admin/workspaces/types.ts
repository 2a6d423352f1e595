import type { WorkspaceRole } from "@/lib/domain/constants";
import type { CreateWorkspaceInput, RenameWorkspaceInput, WorkspaceMemberInput } from "@/lib/workspaces/schema";
import type { Action } from "../types";

export type WorkspaceView = {
  id: string;
  name: string;
  archived: boolean;
  secretCount: number;
  members: { userId: string; name: string; email: string; role: WorkspaceRole }[];
};

export type WorkspaceActions = {
  create: Action<CreateWorkspaceInput>;
  rename: Action<RenameWorkspaceInput>;
  archive: Action<{ workspaceId: string; archived: boolean }>;
  setMember: Action<WorkspaceMemberInput>;
  removeMember: Action<{ workspaceId: string; userId: string }>;
};
