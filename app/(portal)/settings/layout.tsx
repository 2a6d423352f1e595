import type { ReactNode } from "react";
import { settingsSectionsFor } from "@/lib/authz/settings-tabs";
import { PageHeader } from "@/components/ui";
import { SettingsTabs } from "@/components/settings/settings-tabs";
import { loadSettingsContext } from "./require-section";

export default async function SettingsLayout({ children }: { children: ReactNode }) {
  const { actor } = await loadSettingsContext();
  return (
    <>
      <PageHeader
        title="Settings"
        description="Members, workspaces, Spots, environments, lifecycle periods and API tokens."
      />
      <SettingsTabs tabs={settingsSectionsFor(actor)} />
      {children}
    </>
  );
}
