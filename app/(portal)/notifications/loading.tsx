import { PageSkeleton } from "@/components/shell/page-skeleton";

export default function NotificationsLoading() {
  return <PageSkeleton />;
}
