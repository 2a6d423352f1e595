import type { Metadata } from "next";
import { getPortalContext } from "@/lib/auth";
import { EmptyState, PageHeader } from "@/components/ui";

export const metadata: Metadata = { title: "Quick Commands" };

export default async function QuickCommandsPage() {
  await getPortalContext();
  return (
    <>
      <PageHeader title="Quick Commands" description="Saved HTTP requests that use your secrets without revealing them." />
      <EmptyState title="Quick Commands are not available yet in this build." description="This part of Strongroom is being built and will appear here in a later release." />
    </>
  );
}
