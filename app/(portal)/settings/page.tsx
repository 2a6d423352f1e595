import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getPortalContext } from "@/lib/auth";
import { settingsSectionsFor } from "@/lib/authz/settings-tabs";
import { EmptyState } from "@/components/ui";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const { role } = await getPortalContext();
  const first = settingsSectionsFor(role)[0];
  if (first) redirect(first.href);
  return (
    <EmptyState
      title="Nothing to manage here"
      description="Organization settings are managed by Account Holders and Account Managers. Ask one of them for changes."
    />
  );
}
