import "server-only";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getPortalContext, type PortalContext } from "@/lib/auth";
import { canOpenSettingsSection } from "@/lib/authz/settings-tabs";

/**
 * The portal context, or the 404 page for a role that may not open the Settings section at
 * `href`. Called by the section's layout (sectionLayout) and again by its page (a layout alone
 * is no authorization: it is not rendered again on every navigation).
 */
export async function requireSettingsSection(href: string): Promise<PortalContext> {
  const ctx = await getPortalContext();
  if (!canOpenSettingsSection(ctx.role, href)) notFound();
  return ctx;
}

/**
 * Every section's layout.tsx: the check runs above the section's loading.tsx, before anything
 * streams, so a role that may not open the section gets HTTP 404 (not a 404 screen with 200).
 */
export function sectionLayout(href: string) {
  return async function SettingsSectionLayout({ children }: { children: ReactNode }) {
    await requireSettingsSection(href);
    return children;
  };
}
