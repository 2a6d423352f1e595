import { PageSkeleton } from "@/components/shell/page-skeleton";

export default function LifecycleLoading() {
  return <PageSkeleton />;
}
