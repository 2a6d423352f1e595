import { PageSkeleton } from "@/components/shell/page-skeleton";

export default function ApiTokensLoading() {
  return <PageSkeleton />;
}
