import type { Metadata } from "next";
import { getPortalContext } from "@/lib/auth";
import { EmptyState, PageHeader } from "@/components/ui";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  await getPortalContext();
  return (
    <>
      <PageHeader title="Notifications" description="Reminders about expiring secrets and scheduled deletions." />
      <EmptyState title="Notifications are not available yet in this build." description="This part of Strongroom is being built and will appear here in a later release." />
    </>
  );
}
