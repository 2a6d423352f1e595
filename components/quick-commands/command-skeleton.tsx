import { Skeleton } from "@/components/ui";
import { LoadingStatus } from "@/components/shell/page-skeleton";

/** A Quick Commands page while it loads (the list, a command, its form). */
export function CommandSkeleton() {
  return (
    <LoadingStatus>
      <div className="grid gap-4">
        <Skeleton className="h-8 w-56" />
        <Skeleton className="h-4 w-96" />
        <Skeleton className="h-64 w-full" />
      </div>
    </LoadingStatus>
  );
}
