// Workspaces of an organization: listing for administration, create / rename / archive, and
// their members (Account Holders: "workspaces.manage").
import "server-only";
export { listWorkspacesForAdmin, type WorkspaceAdminRow } from "./list.ts";
export { createWorkspace, renameWorkspace, setWorkspaceArchived } from "./manage.ts";
export { setWorkspaceMember, removeWorkspaceMember } from "./members.ts";
