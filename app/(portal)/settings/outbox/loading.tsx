import { PageSkeleton } from "@/components/shell/page-skeleton";

export default function OutboxLoading() {
  return <PageSkeleton />;
}
