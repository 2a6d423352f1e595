import { describe, expect, it } from "vitest";
import type { CommandVisibility, OrgRole, WorkspaceRole } from "../domain/constants.ts";
import type { UserActor } from "./actor.ts";
import { commandActionsFor, type CommandAccessFacts } from "./command-permissions.ts";

const user = (id: string, role: OrgRole = "MEMBER", ws?: WorkspaceRole, orgId = "org1"): UserActor => ({
  kind: "user",
  userId: id,
  label: id,
  orgId,
  role,
  workspaceRoles: new Map(ws ? [["w1", ws]] : []),
  spotIds: new Set(),
});
const command = (visibility: CommandVisibility): CommandAccessFacts => ({
  orgId: "org1",
  ownerId: "owner",
  visibility,
  workspaceId: visibility === "SHARED" ? "w1" : null,
});
const actions = (u: UserActor, v: CommandVisibility) => [...commandActionsFor(u, command(v))].sort();

const OWN = ["delete", "edit", "fork", "run", "share", "view"];
const MANAGE = ["delete", "edit", "fork", "run", "view"];
const USE = ["fork", "run", "view"];

describe("private commands", () => {
  it("belong to their owner alone", () => {
    expect(actions(user("owner"), "PRIVATE")).toEqual(OWN);
  });
  it.each(["HOLDER", "MANAGER", "MEMBER"] as OrgRole[])("are invisible to anyone else, even a %s", (role) => {
    expect(actions(user("other", role, "ADMIN"), "PRIVATE")).toEqual([]);
  });
});

describe("shared commands", () => {
  it("are managed by the owner and the workspace's Admins; only the owner changes the visibility", () => {
    expect(actions(user("owner"), "SHARED")).toEqual(OWN);
    expect(actions(user("admin", "MEMBER", "ADMIN"), "SHARED")).toEqual(MANAGE);
  });
  it("are run and forked by the workspace's members", () => {
    expect(actions(user("m", "MEMBER", "MEMBER"), "SHARED")).toEqual(USE);
  });
  it.each(["HOLDER", "MANAGER", "MEMBER"] as OrgRole[])("are invisible outside the workspace, even to a %s", (role) => {
    expect(actions(user("other", role), "SHARED")).toEqual([]);
  });
});

describe("published commands", () => {
  it("are run and forked by every member of the organization", () => {
    expect(actions(user("m"), "PUBLISHED")).toEqual(USE);
    expect(actions(user("m", "MEMBER", "ADMIN"), "PUBLISHED")).toEqual(USE);
  });
  it.each(["HOLDER", "MANAGER"] as OrgRole[])("are managed by a %s and their owner", (role) => {
    expect(actions(user("x", role), "PUBLISHED")).toEqual(MANAGE);
    expect(actions(user("owner"), "PUBLISHED")).toEqual(OWN);
  });
});

describe("organizations are separate", () => {
  it("grants nothing on another organization's commands", () => {
    for (const v of ["PRIVATE", "SHARED", "PUBLISHED"] as CommandVisibility[]) {
      expect(actions(user("owner", "HOLDER", "ADMIN", "org2"), v)).toEqual([]);
    }
  });
});
