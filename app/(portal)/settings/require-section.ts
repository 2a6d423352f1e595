import "server-only";
import { notFound } from "next/navigation";
import { getPortalContext, type PortalContext } from "@/lib/auth";
import { canOpenSettingsSection } from "@/lib/authz/settings-tabs";

/**
 * The portal context, or the 404 page for a role that may not open the Settings section at
 * `href`. Called by the section's layout (so the answer is HTTP 404: the layout renders before
 * the section's loading boundary) and again by its page (a layout alone is no authorization).
 */
export async function requireSettingsSection(href: string): Promise<PortalContext> {
  const ctx = await getPortalContext();
  if (!canOpenSettingsSection(ctx.role, href)) notFound();
  return ctx;
}
