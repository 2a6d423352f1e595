import { PageSkeleton } from "@/components/shell/page-skeleton";

export default function WhereUsedLoading() {
  return <PageSkeleton filters />;
}
