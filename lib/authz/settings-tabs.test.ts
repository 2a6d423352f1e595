import { describe, expect, it } from "vitest";
import { ORG_ROLES, type OrgRole, type WorkspaceRole } from "../domain/constants.ts";
import type { UserActor } from "./actor.ts";
import { canOpenSettingsSection, settingsSectionsFor } from "./settings-tabs.ts";

const ALL = ["members", "workspaces", "spots", "environments", "lifecycle", "api-tokens", "outbox"].map(
  (s) => `/settings/${s}`,
);

const actor = (role: OrgRole, workspaces: [string, WorkspaceRole][] = [], spots: string[] = []): UserActor => ({
  kind: "user",
  userId: "u1",
  label: "u1@example.test",
  orgId: "o1",
  role,
  workspaceRoles: new Map(workspaces),
  spotIds: new Set(spots),
});
const opened = (a: UserActor) => ALL.filter((href) => canOpenSettingsSection(a, href));

describe("Settings sections", () => {
  it("opens exactly the sections each user's tabs show", () => {
    for (const role of ORG_ROLES) {
      for (const a of [actor(role), actor(role, [["w1", "ADMIN"]], ["s1"]), actor(role, [["w1", "MEMBER"]])]) {
        expect(opened(a), role).toEqual(settingsSectionsFor(a).map((t) => t.href));
      }
    }
  });

  it("gives Members in no workspace no section, Account Managers tokens and the outbox, Account Holders all", () => {
    expect(opened(actor("MEMBER", [], ["s1"]))).toEqual([]);
    expect(opened(actor("MANAGER"))).toEqual(["/settings/api-tokens", "/settings/outbox"]);
    expect(opened(actor("HOLDER"))).toEqual(ALL);
  });

  it("gives a workspace's Admins and Members its Workspaces section, not the Spots one", () => {
    expect(opened(actor("MEMBER", [["w1", "ADMIN"]], ["s1"]))).toEqual(["/settings/workspaces"]);
    expect(opened(actor("MEMBER", [["w1", "MEMBER"]]))).toEqual(["/settings/workspaces"]);
    const manager = ["/settings/workspaces", "/settings/api-tokens", "/settings/outbox"];
    expect(opened(actor("MANAGER", [["w1", "MEMBER"]]))).toEqual(manager);
  });

  it("opens no unknown section", () => {
    expect(canOpenSettingsSection(actor("HOLDER"), "/settings/unknown")).toBe(false);
    expect(canOpenSettingsSection(actor("HOLDER"), "/settings")).toBe(false);
  });
});
