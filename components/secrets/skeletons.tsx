import { Skeleton } from "@/components/ui";
import { LoadingStatus } from "@/components/shell/page-skeleton";

/** A secret's page (or its edit form) while it loads. */
export function DetailSkeleton() {
  return (
    <LoadingStatus>
      <Skeleton className="h-8 w-72" />
      <Skeleton className="mt-2 h-4 w-48" />
      <div className="mt-6 grid gap-4 lg:grid-cols-2">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="rounded-lg border border-zinc-200 bg-white p-5">
            <Skeleton className="h-5 w-40" />
            <Skeleton className="mt-4 h-4 w-full" />
            <Skeleton className="mt-2 h-4 w-5/6" />
            <Skeleton className="mt-2 h-4 w-2/3" />
          </div>
        ))}
      </div>
    </LoadingStatus>
  );
}

/** The register-secret wizard while it loads. */
export function WizardSkeleton() {
  return (
    <LoadingStatus>
      <Skeleton className="h-8 w-64" />
      <div className="mt-6 flex gap-3">
        <Skeleton className="h-6 w-40" />
        <Skeleton className="h-6 w-40" />
        <Skeleton className="h-6 w-40" />
      </div>
      <div className="mt-6 grid gap-3 sm:grid-cols-3">
        <Skeleton className="h-28" />
        <Skeleton className="h-28" />
        <Skeleton className="h-28" />
      </div>
    </LoadingStatus>
  );
}
