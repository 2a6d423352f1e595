import type { UserActor } from "./actor.ts";
import { groupMemberships } from "./group-visibility.ts";
import { hasOrgPermission, seesGroupsSection, type GroupKind, type OrgPermission } from "./permissions.ts";

type Opens = (actor: UserActor) => boolean;
const permitted =
  (permission: OrgPermission): Opens =>
  (actor) =>
    hasOrgPermission(actor.role, permission);
const groups =
  (kind: GroupKind): Opens =>
  (actor) =>
    seesGroupsSection(
      actor.role,
      kind,
      groupMemberships(actor, kind).map(([, role]) => role),
    );

/** The Settings sections (PRODUCT.md §8 names) and who opens each, by the permission table. */
const SECTIONS: { href: string; label: string; opens: Opens }[] = [
  { href: "/settings/members", label: "Members", opens: permitted("members.manage") },
  { href: "/settings/workspaces", label: "Workspaces", opens: groups("workspace") },
  { href: "/settings/spots", label: "Spots", opens: groups("spot") },
  { href: "/settings/environments", label: "Environments", opens: permitted("environments.manage") },
  { href: "/settings/lifecycle", label: "Lifecycle", opens: permitted("settings.manage") },
  { href: "/settings/api-tokens", label: "API tokens", opens: permitted("tokens.manage") },
  { href: "/settings/outbox", label: "Outbox", opens: permitted("outbox.read") },
];

export function settingsSectionsFor(actor: UserActor) {
  return SECTIONS.filter((s) => s.opens(actor)).map(({ href, label }) => ({ href, label }));
}

/** Whether the actor may open the section at `href` (an unknown section: no). */
export function canOpenSettingsSection(actor: UserActor, href: string): boolean {
  const section = SECTIONS.find((s) => s.href === href);
  return section !== undefined && section.opens(actor);
}
