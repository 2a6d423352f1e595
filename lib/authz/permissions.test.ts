import { describe, expect, it } from "vitest";
import type { Availability, OrgRole, Scope, WorkspaceRole } from "../domain/constants.ts";
import { secretRelations, type TokenActor, type UserActor } from "./actor.ts";
import { ORG_ROLES, WORKSPACE_ROLES } from "../domain/constants.ts";
import { mayShareCommandWith } from "./command-permissions.ts";
import {
  canCreateSecret,
  hasOrgPermission,
  keepsApiTokens,
  mayManageGroupMembers,
  mayManageGroups,
  maySeeGroup,
  mayTransferScope,
  seesGroupsSection,
  orgRolesWith,
  secretActionsFor,
  secretStorageChoices,
  seesAllWorkspaces,
  type SecretAccessFacts,
} from "./permissions.ts";

const ORG = "org1";
const user = (role: OrgRole, extra: Partial<UserActor> = {}): UserActor => ({
  kind: "user",
  userId: "u1",
  label: "u1@example.test",
  orgId: ORG,
  role,
  workspaceRoles: new Map(),
  spotIds: new Set(),
  ...extra,
});
const secret = (scope: Scope, extra: Partial<SecretAccessFacts> = {}): SecretAccessFacts => ({
  orgId: ORG,
  scope,
  ownerId: null,
  workspaceId: null,
  availability: scope === "ORGANIZATION" ? "ORGANIZATION" : null,
  spotIds: [],
  ...extra,
});
const actions = (actor: UserActor | TokenActor, s: SecretAccessFacts) =>
  [...secretActionsFor(secretRelations(actor, s), s.scope)].sort();

const ALL = ["delete", "edit", "rollback", "use", "view"];
const MANAGE = ["delete", "edit", "rollback", "view"];

describe("personal secrets", () => {
  it("belong to their owner alone", () => {
    expect(actions(user("MEMBER"), secret("PERSONAL", { ownerId: "u1" }))).toEqual(ALL);
  });
  it.each(["HOLDER", "MANAGER", "MEMBER"] as OrgRole[])("are invisible to any other user, even a %s", (role) => {
    expect(actions(user(role), secret("PERSONAL", { ownerId: "someone-else" }))).toEqual([]);
  });
});

describe("organization secrets", () => {
  it.each(["HOLDER", "MANAGER"] as OrgRole[])(
    "are managed and used by a %s when available to the entire organization",
    (role) => {
      expect(actions(user(role), secret("ORGANIZATION"))).toEqual(ALL);
    },
  );
  it("can be viewed and used, not changed, by a member", () => {
    expect(actions(user("MEMBER"), secret("ORGANIZATION"))).toEqual(["use", "view"]);
  });
  const spotSecret = secret("ORGANIZATION", { availability: "SPOTS" as Availability, spotIds: ["s1", "s2"] });
  it("restricted to Spots are invisible to members outside them", () => {
    expect(actions(user("MEMBER", { spotIds: new Set(["s3"]) }), spotSecret)).toEqual([]);
  });
  it("restricted to Spots are usable by members of one of them", () => {
    expect(actions(user("MEMBER", { spotIds: new Set(["s2"]) }), spotSecret)).toEqual(["use", "view"]);
  });
  it("restricted to Spots are managed, but not used, by a Holder outside them", () => {
    expect(actions(user("HOLDER"), spotSecret)).toEqual(MANAGE);
    expect(actions(user("HOLDER", { spotIds: new Set(["s1"]) }), spotSecret)).toEqual(ALL);
  });
});

describe("workspace secrets", () => {
  const ws = secret("WORKSPACE", { workspaceId: "w1" });
  const inWs = (role: WorkspaceRole) => user("MEMBER", { workspaceRoles: new Map([["w1", role]]) });
  it("are managed by the workspace's Admins and by Holders/Managers", () => {
    expect(actions(inWs("ADMIN"), ws)).toEqual(ALL);
    expect(actions(user("MANAGER"), ws)).toEqual(ALL);
  });
  it("are used by the workspace's members", () => {
    expect(actions(inWs("MEMBER"), ws)).toEqual(["use", "view"]);
  });
  it("are invisible to members of other workspaces", () => {
    expect(actions(user("MEMBER", { workspaceRoles: new Map([["w2", "ADMIN"]]) }), ws)).toEqual([]);
  });
});

describe("organizations are separate", () => {
  it("grants nothing on another organization's secrets, whatever the role", () => {
    for (const role of ["HOLDER", "MANAGER", "MEMBER"] as OrgRole[]) {
      expect(actions(user(role), secret("ORGANIZATION", { orgId: "org2" }))).toEqual([]);
      expect(actions(user(role), secret("PERSONAL", { orgId: "org2", ownerId: "u1" }))).toEqual([]);
    }
  });
});

describe("API tokens", () => {
  const token = (perms: string[], workspaceId: string | null = null): TokenActor => ({
    kind: "token",
    tokenId: "t1",
    label: "token",
    orgId: ORG,
    workspaceId,
    permissions: new Set(perms as TokenActor["permissions"] extends ReadonlySet<infer P> ? P[] : never),
    environmentIds: new Set(),
  });
  it("resolve organization-wide secrets only with the resolve permission", () => {
    expect(actions(token(["read"]), secret("ORGANIZATION"))).toEqual(["view"]);
    expect(actions(token(["read", "resolve"]), secret("ORGANIZATION"))).toEqual(["use", "view"]);
  });
  it("never reach personal or Spot-restricted secrets", () => {
    const all = token(["read", "resolve", "write"]);
    expect(actions(all, secret("PERSONAL", { ownerId: "u1" }))).toEqual([]);
    expect(actions(all, secret("ORGANIZATION", { availability: "SPOTS", spotIds: ["s1"] }))).toEqual([]);
  });
  it("scoped to a workspace reach only that workspace's secrets", () => {
    const wsToken = token(["read", "resolve"], "w1");
    expect(actions(wsToken, secret("WORKSPACE", { workspaceId: "w1" }))).toEqual(["use", "view"]);
    expect(actions(wsToken, secret("WORKSPACE", { workspaceId: "w2" }))).toEqual([]);
    expect(actions(wsToken, secret("ORGANIZATION"))).toEqual([]);
  });
});

describe("creating secrets", () => {
  it("follows the storage location rules", () => {
    expect(canCreateSecret("MEMBER", "PERSONAL", undefined)).toBe(true);
    expect(canCreateSecret("MEMBER", "ORGANIZATION", undefined)).toBe(false);
    expect(canCreateSecret("MANAGER", "ORGANIZATION", undefined)).toBe(true);
    expect(canCreateSecret("MEMBER", "WORKSPACE", "MEMBER")).toBe(false);
    expect(canCreateSecret("MEMBER", "WORKSPACE", "ADMIN")).toBe(true);
    expect(canCreateSecret("HOLDER", "WORKSPACE", undefined)).toBe(true);
  });
  it("keeps administration with Account Holders", () => {
    expect(hasOrgPermission("HOLDER", "members.manage")).toBe(true);
    expect(hasOrgPermission("MANAGER", "members.manage")).toBe(false);
    expect(hasOrgPermission("MANAGER", "audit.read.organization")).toBe(true);
    expect(hasOrgPermission("MEMBER", "audit.read.organization")).toBe(false);
  });
});

describe("the storage locations offered in the wizard and the Quick Command form", () => {
  const workspaces = [
    { id: "w1", name: "Admin here", role: "ADMIN" as WorkspaceRole },
    { id: "w2", name: "Member here", role: "MEMBER" as WorkspaceRole },
    { id: "w3", name: "Not a member", role: null },
  ];
  it("are every workspace for Holders and Managers, and only the ones a Member is Admin of", () => {
    expect(secretStorageChoices("HOLDER", workspaces)).toEqual({
      canCreateOrganization: true,
      workspaces: [
        { id: "w1", name: "Admin here" },
        { id: "w2", name: "Member here" },
        { id: "w3", name: "Not a member" },
      ],
    });
    expect(secretStorageChoices("MANAGER", workspaces).workspaces).toHaveLength(3);
    expect(secretStorageChoices("MEMBER", workspaces)).toEqual({
      canCreateOrganization: false,
      workspaces: [{ id: "w1", name: "Admin here" }],
    });
  });
  it.each(ORG_ROLES)("agree with what registering accepts, for a %s", (role) => {
    const choices = secretStorageChoices(role, workspaces);
    expect(choices.canCreateOrganization).toBe(canCreateSecret(role, "ORGANIZATION", undefined));
    for (const w of workspaces) {
      expect(choices.workspaces.some((c) => c.id === w.id)).toBe(
        canCreateSecret(role, "WORKSPACE", w.role ?? undefined),
      );
    }
  });
});

describe("who sees every workspace", () => {
  it("is the Holders and Managers, who also manage every organization and workspace secret", () => {
    expect(ORG_ROLES.filter(seesAllWorkspaces)).toEqual(["HOLDER", "MANAGER"]);
    for (const role of ORG_ROLES) {
      const ws = secret("WORKSPACE", { workspaceId: "w-not-mine" });
      expect(actions(user(role), ws).includes("edit")).toBe(seesAllWorkspaces(role));
    }
  });
});

describe("importing and exporting a storage location", () => {
  const cases: [OrgRole, WorkspaceRole | undefined, Scope, boolean][] = [
    ["HOLDER", undefined, "ORGANIZATION", true],
    ["MANAGER", undefined, "ORGANIZATION", true],
    ["MEMBER", "ADMIN", "ORGANIZATION", false],
    ["MANAGER", undefined, "WORKSPACE", true],
    ["MEMBER", "ADMIN", "WORKSPACE", true],
    ["MEMBER", "MEMBER", "WORKSPACE", false],
    ["MEMBER", undefined, "WORKSPACE", false],
    ["MEMBER", undefined, "PERSONAL", true],
  ];
  it.each(cases)("a %s (workspace role %s) on %s: %s", (role, wsRole, scope, allowed) => {
    expect(mayTransferScope(role, scope, wsRole, "import")).toBe(allowed);
    expect(mayTransferScope(role, scope, wsRole, "export")).toBe(allowed);
  });
  it("follows the secret.import / secret.export permissions for the organization", () => {
    for (const role of ORG_ROLES) {
      expect(mayTransferScope(role, "ORGANIZATION", undefined, "import")).toBe(hasOrgPermission(role, "secret.import"));
      expect(mayTransferScope(role, "ORGANIZATION", undefined, "export")).toBe(hasOrgPermission(role, "secret.export"));
    }
  });
});

describe("sharing a Quick Command with a workspace", () => {
  it("is open to the workspace's members and to whoever sees every workspace", () => {
    for (const role of ORG_ROLES) {
      expect(mayShareCommandWith(user(role), "w1")).toBe(seesAllWorkspaces(role));
      for (const wsRole of WORKSPACE_ROLES) {
        expect(mayShareCommandWith(user(role, { workspaceRoles: new Map([["w1", wsRole]]) }), "w1")).toBe(true);
      }
    }
  });
});

describe("membership rules", () => {
  it("an organization keeps at least one of the roles that manage members: the Account Holder", () => {
    expect(orgRolesWith("members.manage")).toEqual(["HOLDER"]);
  });
  it("API tokens stay with the roles that manage them; a Member keeps none", () => {
    expect(ORG_ROLES.filter(keepsApiTokens)).toEqual(["HOLDER", "MANAGER"]);
  });
});

describe("groups with members (workspaces and Spots)", () => {
  const inGroup: (WorkspaceRole | null | undefined)[] = ["ADMIN", "MEMBER", null, undefined];
  it("are created, renamed, archived or deleted by Account Holders only", () => {
    expect(ORG_ROLES.filter((r) => mayManageGroups(r, "workspace"))).toEqual(["HOLDER"]);
    expect(ORG_ROLES.filter((r) => mayManageGroups(r, "spot"))).toEqual(["HOLDER"]);
    for (const role of ORG_ROLES) {
      expect(mayManageGroups(role, "workspace")).toBe(hasOrgPermission(role, "workspaces.manage"));
      expect(mayManageGroups(role, "spot")).toBe(hasOrgPermission(role, "spots.manage"));
    }
  });
  it("a workspace's members are managed by Account Holders and by that workspace's Admins", () => {
    expect(mayManageGroupMembers("MEMBER", "workspace", "ADMIN")).toBe(true);
    expect(mayManageGroupMembers("MEMBER", "workspace", "MEMBER")).toBe(false);
    expect(mayManageGroupMembers("MANAGER", "workspace", undefined)).toBe(false);
    expect(mayManageGroupMembers("MANAGER", "workspace", "ADMIN")).toBe(true);
    for (const r of inGroup) expect(mayManageGroupMembers("HOLDER", "workspace", r)).toBe(true);
  });
  it("a workspace and its members are seen by its Admins and Members (read-only for Members), not by others", () => {
    expect(maySeeGroup("MEMBER", "workspace", "MEMBER")).toBe(true);
    expect(maySeeGroup("MEMBER", "workspace", undefined)).toBe(false);
    expect(maySeeGroup("MANAGER", "workspace", undefined)).toBe(false);
    expect(maySeeGroup("HOLDER", "workspace", undefined)).toBe(true);
  });
  it("whoever may change a group's members also sees it", () => {
    for (const role of ORG_ROLES)
      for (const kind of ["workspace", "spot"] as const)
        for (const r of inGroup) expect(!mayManageGroupMembers(role, kind, r) || maySeeGroup(role, kind, r)).toBe(true);
  });
  it("Spots and their members are seen and managed only by whoever manages Spots, even from inside", () => {
    for (const role of ["MANAGER", "MEMBER"] as OrgRole[]) {
      expect(maySeeGroup(role, "spot", null)).toBe(false);
      expect(mayManageGroupMembers(role, "spot", null)).toBe(false);
      expect(seesGroupsSection(role, "spot", [null, null])).toBe(false);
    }
  });
  it("the Settings section of a kind opens for whoever sees one of its groups", () => {
    expect(seesGroupsSection("MEMBER", "workspace", [])).toBe(false);
    expect(seesGroupsSection("MEMBER", "workspace", ["MEMBER"])).toBe(true);
    expect(seesGroupsSection("HOLDER", "workspace", [])).toBe(true);
    for (const role of ORG_ROLES)
      for (const r of inGroup) {
        expect(seesGroupsSection(role, "workspace", [r])).toBe(maySeeGroup(role, "workspace", r));
      }
  });
});
