import { Skeleton } from "@/components/ui";

function Loading({ children }: { children: React.ReactNode }) {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">Loading…</span>
      {children}
    </div>
  );
}

/** The Secrets Manager list while it loads. */
export function TableSkeleton() {
  return (
    <Loading>
      <Skeleton className="h-8 w-56" />
      <Skeleton className="mt-2 h-4 w-96" />
      <div className="mt-6 flex gap-3">
        <Skeleton className="h-9 w-64" />
        <Skeleton className="h-9 w-56" />
        <Skeleton className="h-9 w-48" />
      </div>
      <div className="mt-4 overflow-hidden rounded-lg border border-zinc-200 bg-white">
        <Skeleton className="h-10 rounded-none" />
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="flex gap-4 border-t border-zinc-100 px-4 py-3">
            <Skeleton className="h-4 w-1/5" />
            <Skeleton className="h-4 w-1/6" />
            <Skeleton className="h-4 w-1/6" />
            <Skeleton className="h-4 w-24" />
            <Skeleton className="h-4 w-24" />
            <Skeleton className="h-4 flex-1" />
          </div>
        ))}
      </div>
    </Loading>
  );
}

/** A secret's page (or its edit form) while it loads. */
export function DetailSkeleton() {
  return (
    <Loading>
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
    </Loading>
  );
}

/** The register-secret wizard while it loads. */
export function WizardSkeleton() {
  return (
    <Loading>
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
    </Loading>
  );
}
