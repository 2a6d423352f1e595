import { PageSkeleton } from "@/components/shell/page-skeleton";

export default function EnvironmentsLoading() {
  return <PageSkeleton />;
}
