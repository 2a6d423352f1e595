import { PageSkeleton } from "@/components/shell/page-skeleton";

export default function ValueMatrixLoading() {
  return <PageSkeleton filters />;
}
