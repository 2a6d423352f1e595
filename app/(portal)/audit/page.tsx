import type { Metadata } from "next";
import { getPortalContext } from "@/lib/auth";
import { EmptyState, PageHeader } from "@/components/ui";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage() {
  await getPortalContext();
  return (
    <>
      <PageHeader title="Audit log" description="Every change, use and denied access, chained so that tampering is detectable." />
      <EmptyState title="The audit log is not available yet in this build." description="This part of Strongroom is being built and will appear here in a later release." />
    </>
  );
}
