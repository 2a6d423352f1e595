import { PageSkeleton } from "@/components/shell/page-skeleton";

export default function SpotsLoading() {
  return <PageSkeleton />;
}
