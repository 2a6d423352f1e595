import type { ReactNode } from "react";
import { getPortalContext } from "@/lib/auth";
import { settingsSectionsFor } from "@/lib/authz/settings-tabs";
import { PageHeader } from "@/components/ui";
import { SettingsTabs } from "@/components/settings/settings-tabs";

export default async function SettingsLayout({ children }: { children: ReactNode }) {
  const { role } = await getPortalContext();
  return (
    <>
      <PageHeader title="Settings" description="Members, workspaces, Spots, environments, lifecycle periods and API tokens." />
      <SettingsTabs tabs={settingsSectionsFor(role)} />
      {children}
    </>
  );
}
