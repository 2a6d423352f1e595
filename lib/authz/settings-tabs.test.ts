import { describe, expect, it } from "vitest";
import { ORG_ROLES } from "../domain/constants.ts";
import { canOpenSettingsSection, settingsSectionsFor } from "./settings-tabs.ts";

const ALL = ["members", "workspaces", "spots", "environments", "lifecycle", "api-tokens", "outbox"].map((s) => `/settings/${s}`);

describe("Settings sections", () => {
  it("opens exactly the sections each role's tabs show", () => {
    for (const role of ORG_ROLES) {
      const tabs = settingsSectionsFor(role).map((t) => t.href);
      expect(ALL.filter((href) => canOpenSettingsSection(role, href)), role).toEqual(tabs);
    }
  });

  it("gives Members no section, Account Managers tokens and the outbox, Account Holders all", () => {
    expect(ALL.filter((href) => canOpenSettingsSection("MEMBER", href))).toEqual([]);
    expect(ALL.filter((href) => canOpenSettingsSection("MANAGER", href))).toEqual(["/settings/api-tokens", "/settings/outbox"]);
    expect(ALL.filter((href) => canOpenSettingsSection("HOLDER", href))).toEqual(ALL);
  });

  it("opens no unknown section", () => {
    expect(canOpenSettingsSection("HOLDER", "/settings/unknown")).toBe(false);
    expect(canOpenSettingsSection("HOLDER", "/settings")).toBe(false);
  });
});
