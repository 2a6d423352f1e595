// The permission table: the one place that says who may do what (PRODUCT.md §1–2).
// Pure data and functions; deny by default — anything not granted here is refused.
import {
  ORG_ROLES,
  WORKSPACE_ROLES,
  type Availability,
  type OrgRole,
  type Scope,
  type WorkspaceRole,
} from "../domain/constants.ts";

/** Organization-level permissions (administration and creation rights). */
export const ORG_PERMISSIONS = [
  "secret.create.organization",
  "secret.create.personal",
  "secret.import",
  "secret.export",
  "members.manage",
  "workspaces.manage",
  "spots.manage",
  "environments.manage",
  "settings.manage",
  "audit.read.organization",
  "audit.read.personal",
  "tokens.manage",
  "outbox.read",
  "commands.create",
] as const;
export type OrgPermission = (typeof ORG_PERMISSIONS)[number];

const MEMBER_BASE: OrgPermission[] = ["secret.create.personal", "audit.read.personal", "commands.create"];
const MANAGER_BASE: OrgPermission[] = [
  ...MEMBER_BASE,
  "secret.create.organization",
  "secret.import",
  "secret.export",
  "audit.read.organization",
  "tokens.manage",
  "outbox.read",
];

export const ORG_ROLE_PERMISSIONS: Record<OrgRole, ReadonlySet<OrgPermission>> = {
  HOLDER: new Set<OrgPermission>([
    ...MANAGER_BASE,
    "members.manage",
    "workspaces.manage",
    "spots.manage",
    "environments.manage",
    "settings.manage",
  ]),
  MANAGER: new Set(MANAGER_BASE),
  MEMBER: new Set(MEMBER_BASE),
};

export function hasOrgPermission(role: OrgRole, permission: OrgPermission): boolean {
  return ORG_ROLE_PERMISSIONS[role].has(permission);
}

/** The roles holding an organization permission, for database filters (e.g. who must remain). */
export function orgRolesWith(permission: OrgPermission): OrgRole[] {
  return ORG_ROLES.filter((role) => hasOrgPermission(role, permission));
}

/**
 * Account Holders and Managers: they oversee every place of the organization — they see and
 * manage its organization and workspace secrets (relation orgAdmin), see every workspace
 * without being a member, manage published commands and hear about every scope it manages.
 */
export function isOrgAdmin(role: OrgRole): boolean {
  return role === "HOLDER" || role === "MANAGER";
}
export const ORG_ADMIN_ROLES: readonly OrgRole[] = ORG_ROLES.filter(isOrgAdmin);

/** Who sees every workspace of the organization (the top bar, lists, sharing), not only their own. */
export function seesAllWorkspaces(role: OrgRole): boolean {
  return isOrgAdmin(role);
}

/** A workspace's Admins manage its secrets and shared commands; its Members use them. */
export function isWorkspaceAdmin(role: WorkspaceRole | null | undefined): boolean {
  return role === "ADMIN";
}
export const WORKSPACE_ADMIN_ROLES: readonly WorkspaceRole[] = WORKSPACE_ROLES.filter(isWorkspaceAdmin);

/**
 * The two kinds of group with members (Settings → Workspaces, Settings → Spots). Account Holders
 * manage every group of a kind ("workspaces.manage", "spots.manage"): create, rename, archive or
 * delete, and their members. A workspace's Admins also manage its members; its Members see them
 * (read-only). A Spot is seen only by those who manage Spots.
 */
export type GroupKind = "workspace" | "spot";
const GROUP_PERMISSIONS: Record<GroupKind, OrgPermission> = { workspace: "workspaces.manage", spot: "spots.manage" };
/** The actor's role in one group: a workspace role, or none (Spots have no roles; not a member). */
type GroupRole = WorkspaceRole | null | undefined;

/** The organization permission that manages every group of the kind. */
export function groupPermission(kind: GroupKind): OrgPermission {
  return GROUP_PERMISSIONS[kind];
}

/** Who manages every group of the kind: create, rename, archive / delete, members. */
export function mayManageGroups(role: OrgRole, kind: GroupKind): boolean {
  return hasOrgPermission(role, groupPermission(kind));
}

/** Who adds, re-roles and removes the members of one group (`groupRole`: the actor's role in it, if any). */
export function mayManageGroupMembers(role: OrgRole, kind: GroupKind, groupRole: GroupRole): boolean {
  return mayManageGroups(role, kind) || (kind === "workspace" && isWorkspaceAdmin(groupRole));
}

/** Who sees one group and its members. */
export function maySeeGroup(role: OrgRole, kind: GroupKind, groupRole: GroupRole): boolean {
  return mayManageGroups(role, kind) || (kind === "workspace" && !!groupRole);
}

/**
 * Who opens the Settings section of a kind: whoever manages the kind, or sees at least one of the
 * groups they belong to (`groupRoles`: their role in each).
 */
export function seesGroupsSection(role: OrgRole, kind: GroupKind, groupRoles: Iterable<GroupRole>): boolean {
  if (mayManageGroups(role, kind)) return true;
  for (const groupRole of groupRoles) if (maySeeGroup(role, kind, groupRole)) return true;
  return false;
}

/** The roles an invitation or a new workspace member gets unless another is chosen: the least privileged. */
export const DEFAULT_ORG_ROLE: OrgRole = "MEMBER";
export const DEFAULT_WORKSPACE_ROLE: WorkspaceRole = "MEMBER";

/** API tokens are kept only by people who may manage them; a change to a role without it revokes theirs. */
export function keepsApiTokens(role: OrgRole): boolean {
  return hasOrgPermission(role, "tokens.manage");
}

/** What can be done to one secret. "view" is metadata only; values are never viewable. */
export const SECRET_ACTIONS = ["view", "use", "edit", "delete", "rollback"] as const;
export type SecretAction = (typeof SECRET_ACTIONS)[number];

/**
 * How a caller relates to a secret. Grants attach to relations, per scope:
 * - owner: the user who owns a personal secret
 * - orgAdmin: Account Holder or Account Manager of the secret's organization
 * - workspaceAdmin / workspaceMember: role in the secret's workspace
 * - orgWide: any member, for an organization secret available to the entire organization
 * - spotMember: member of one of the Spots an organization secret is restricted to
 * - token / tokenResolve / tokenWrite: an API token in reach of the secret (organization-wide
 *   secrets for organization tokens; the workspace's secrets for workspace tokens) with the
 *   read, resolve or write permission
 */
export type SecretRelation =
  | "owner"
  | "orgAdmin"
  | "workspaceAdmin"
  | "workspaceMember"
  | "orgWide"
  | "spotMember"
  | "token"
  | "tokenResolve"
  | "tokenWrite";

const MANAGE: SecretAction[] = ["view", "edit", "delete", "rollback"];
const ALL: SecretAction[] = ["view", "use", "edit", "delete", "rollback"];

export const SECRET_GRANTS: Record<Scope, Partial<Record<SecretRelation, readonly SecretAction[]>>> = {
  // Personal: the owner's alone — not even Account Holders (they only see aggregate counts).
  PERSONAL: { owner: ALL },
  ORGANIZATION: {
    // Holders/Managers manage organization secrets; use of a Spot-restricted one still
    // requires membership of one of its Spots ("only their members can use it").
    orgAdmin: MANAGE,
    orgWide: ["view", "use"],
    spotMember: ["view", "use"],
    token: ["view"],
    tokenResolve: ["view", "use"],
    tokenWrite: ["view", "edit"],
  },
  WORKSPACE: {
    orgAdmin: ALL,
    workspaceAdmin: ALL,
    workspaceMember: ["view", "use"],
    token: ["view"],
    tokenResolve: ["view", "use"],
    tokenWrite: ["view", "edit"],
  },
};

/** The facts about a secret that decide access (all loaded on the server). */
export type SecretAccessFacts = {
  orgId: string;
  scope: Scope;
  ownerId: string | null;
  workspaceId: string | null;
  availability: Availability | null;
  spotIds: readonly string[];
};

export function secretActionsFor(relations: Iterable<SecretRelation>, scope: Scope): Set<SecretAction> {
  const granted = new Set<SecretAction>();
  for (const relation of relations) for (const action of SECRET_GRANTS[scope][relation] ?? []) granted.add(action);
  return granted;
}

/** Who may create a secret in a storage location. */
export function canCreateSecret(role: OrgRole, scope: Scope, workspaceRole: WorkspaceRole | undefined): boolean {
  switch (scope) {
    case "PERSONAL":
      return hasOrgPermission(role, "secret.create.personal");
    case "ORGANIZATION":
      return hasOrgPermission(role, "secret.create.organization");
    case "WORKSPACE":
      return hasOrgPermission(role, "secret.create.organization") || isWorkspaceAdmin(workspaceRole);
  }
}

/**
 * The storage locations a user may pick in the register wizard (and the Quick Command form's
 * "Create and add"): the same rule the server applies on registering, per workspace.
 */
export function secretStorageChoices<W extends { id: string; name: string; role: WorkspaceRole | null }>(
  role: OrgRole,
  workspaces: readonly W[],
): { canCreateOrganization: boolean; workspaces: { id: string; name: string }[] } {
  return {
    canCreateOrganization: canCreateSecret(role, "ORGANIZATION", undefined),
    workspaces: workspaces
      .filter((w) => canCreateSecret(role, "WORKSPACE", w.role ?? undefined))
      .map((w) => ({ id: w.id, name: w.name })),
  };
}

export type TransferKind = "import" | "export";

/**
 * Who may import into or export a storage location: the organization — Holders and Managers
 * ("secret.import" / "secret.export"); a workspace — the same, or that workspace's Admins;
 * one's own personal secrets — anyone.
 */
export function mayTransferScope(
  role: OrgRole,
  scope: Scope,
  workspaceRole: WorkspaceRole | null | undefined,
  kind: TransferKind,
): boolean {
  const admin = hasOrgPermission(role, kind === "import" ? "secret.import" : "secret.export");
  if (scope === "PERSONAL") return true;
  if (scope === "ORGANIZATION") return admin;
  return admin || isWorkspaceAdmin(workspaceRole);
}

export type { OrgRole, Scope, WorkspaceRole, Availability };
