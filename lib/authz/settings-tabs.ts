import type { OrgRole } from "../domain/constants.ts";
import { hasOrgPermission, type OrgPermission } from "./permissions.ts";

/** The Settings sections and the permission each needs (PRODUCT.md §8 names). */
const SECTIONS: { href: string; label: string; permission: OrgPermission }[] = [
  { href: "/settings/members", label: "Members", permission: "members.manage" },
  { href: "/settings/workspaces", label: "Workspaces", permission: "workspaces.manage" },
  { href: "/settings/spots", label: "Spots", permission: "spots.manage" },
  { href: "/settings/environments", label: "Environments", permission: "environments.manage" },
  { href: "/settings/lifecycle", label: "Lifecycle", permission: "settings.manage" },
  { href: "/settings/api-tokens", label: "API tokens", permission: "tokens.manage" },
  { href: "/settings/outbox", label: "Outbox", permission: "outbox.read" },
];

export function settingsSectionsFor(role: OrgRole) {
  return SECTIONS.filter((s) => hasOrgPermission(role, s.permission)).map(({ href, label }) => ({ href, label }));
}

/** Whether the role may open the section at `href` (an unknown section: no). */
export function canOpenSettingsSection(role: OrgRole, href: string): boolean {
  const section = SECTIONS.find((s) => s.href === href);
  return section !== undefined && hasOrgPermission(role, section.permission);
}
