import type { Metadata } from "next";
import { getPortalContext } from "@/lib/auth";
import { EmptyState, PageHeader } from "@/components/ui";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await getPortalContext();
  return (
    <>
      <PageHeader title="Settings" description="Members, workspaces, Spots, environments, lifecycle periods and API tokens." />
      <EmptyState title="Settings are not available yet in this build." description="This part of Strongroom is being built and will appear here in a later release." />
    </>
  );
}
