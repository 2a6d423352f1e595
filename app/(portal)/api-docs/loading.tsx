import { PageSkeleton } from "@/components/shell/page-skeleton";

export default function ApiDocsLoading() {
  return <PageSkeleton />;
}
