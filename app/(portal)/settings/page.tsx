import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { settingsSectionsFor } from "@/lib/authz/settings-tabs";
import { EmptyState } from "@/components/ui";
import { loadSettingsContext } from "./require-section";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const { actor } = await loadSettingsContext();
  const first = settingsSectionsFor(actor)[0];
  if (first) redirect(first.href);
  return (
    <EmptyState
      title="Nothing to manage here"
      description="Organization settings are managed by Account Holders and Account Managers. Ask one of them for changes. Your own name, password and sessions are in Account settings, in the user menu."
    />
  );
}
