import { PageSkeleton } from "@/components/shell/page-skeleton";

export default function AuditLoading() {
  return <PageSkeleton />;
}
