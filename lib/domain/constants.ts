// The allowed values of the string-typed enumerations of the schema (prisma/schema.base.prisma),
// and their words on screen (PRODUCT.md §8). Safe to import from client components.

export const ORG_ROLES = ["HOLDER", "MANAGER", "MEMBER"] as const;
export type OrgRole = (typeof ORG_ROLES)[number];
export const ORG_ROLE_LABELS: Record<OrgRole, string> = {
  HOLDER: "Account Holder",
  MANAGER: "Account Manager",
  MEMBER: "Member",
};

export const WORKSPACE_ROLES = ["ADMIN", "MEMBER"] as const;
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number];
export const WORKSPACE_ROLE_LABELS: Record<WorkspaceRole, string> = { ADMIN: "Admin", MEMBER: "Member" };

export const SCOPES = ["ORGANIZATION", "WORKSPACE", "PERSONAL"] as const;
export type Scope = (typeof SCOPES)[number];
export const SCOPE_LABELS: Record<Scope, string> = {
  ORGANIZATION: "Organization",
  WORKSPACE: "Workspace",
  PERSONAL: "Personal",
};

export const AVAILABILITIES = ["ORGANIZATION", "SPOTS"] as const;
export type Availability = (typeof AVAILABILITIES)[number];
export const AVAILABILITY_LABELS: Record<Availability, string> = {
  ORGANIZATION: "Entire organization",
  SPOTS: "Spot",
};

export const SECRET_STATUSES = ["ACTIVE", "INACTIVE", "SCHEDULED_FOR_DELETION", "EXPIRED", "DELETED"] as const;
export type SecretStatus = (typeof SECRET_STATUSES)[number];
export const SECRET_STATUS_LABELS: Record<SecretStatus, string> = {
  ACTIVE: "Active",
  INACTIVE: "Inactive",
  SCHEDULED_FOR_DELETION: "Scheduled for deletion",
  EXPIRED: "Expired",
  DELETED: "Deleted",
};

export const CONSUMER_KINDS = ["QUICK_COMMAND", "AGENT", "AUTOMATION", "MACHINE_CLIENT", "OTHER"] as const;
export type ConsumerKind = (typeof CONSUMER_KINDS)[number];

export const COMMAND_VISIBILITIES = ["PRIVATE", "SHARED", "PUBLISHED"] as const;
export type CommandVisibility = (typeof COMMAND_VISIBILITIES)[number];

export const API_TOKEN_PERMISSIONS = ["read", "resolve", "write"] as const;
export type ApiTokenPermission = (typeof API_TOKEN_PERMISSIONS)[number];

export const DEFAULT_ENVIRONMENTS = ["Development", "Staging", "Production"] as const;

/**
 * The `workspaceId` URL value that lists every workspace's secrets (or commands), overriding
 * the current workspace chosen in the top bar. Workspace ids never take this value.
 */
export const ALL_WORKSPACES = "all";
