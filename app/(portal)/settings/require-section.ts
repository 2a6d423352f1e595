import "server-only";
import { cache, type ReactNode } from "react";
import { notFound } from "next/navigation";
import { getPortalContext, type PortalContext } from "@/lib/auth";
import { requireUserActor, type UserActor } from "@/lib/authz";
import { canOpenSettingsSection } from "@/lib/authz/settings-tabs";

export type SettingsContext = PortalContext & { actor: UserActor };

/**
 * The portal context with the user's actor in the current organization (role, workspace roles,
 * Spots), which decides the sections they open. Once per request: layouts and the page share it.
 */
export const loadSettingsContext = cache(async (): Promise<SettingsContext> => {
  const ctx = await getPortalContext();
  return { ...ctx, actor: await requireUserActor(ctx.user, ctx.org.id) };
});

/**
 * The Settings context, or the 404 page for a user who may not open the section at `href`.
 * Called by the section's layout (sectionLayout) and again by its page (a layout alone is no
 * authorization: it is not rendered again on every navigation).
 */
export async function requireSettingsSection(href: string): Promise<SettingsContext> {
  const ctx = await loadSettingsContext();
  if (!canOpenSettingsSection(ctx.actor, href)) notFound();
  return ctx;
}

/**
 * Every section's layout.tsx: the check runs above the section's loading.tsx, before anything
 * streams, so a user who may not open the section gets HTTP 404 (not a 404 screen with 200).
 */
export function sectionLayout(href: string) {
  return async function SettingsSectionLayout({ children }: { children: ReactNode }) {
    await requireSettingsSection(href);
    return children;
  };
}
