import type { ReactNode } from "react";
import { Skeleton, cn } from "@/components/ui";

/** What every loading.tsx renders around its placeholders: announced once, politely, to screen readers. */
export function LoadingStatus({ children }: { children: ReactNode }) {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">Loading…</span>
      {children}
    </div>
  );
}

/**
 * A portal page while it loads: a heading and a table, with the row of filters above it for the
 * pages that have one (the Secrets Manager list, the value matrix, Where used).
 */
export function PageSkeleton({ filters = false }: { filters?: boolean }) {
  return (
    <LoadingStatus>
      <Skeleton className="h-8 w-56" />
      <Skeleton className="mt-2 h-4 w-96" />
      {filters && (
        <div className="mt-6 flex gap-3">
          <Skeleton className="h-9 w-64" />
          <Skeleton className="h-9 w-56" />
          <Skeleton className="h-9 w-48" />
        </div>
      )}
      <div className={cn("overflow-hidden rounded-lg border border-zinc-200 bg-white", filters ? "mt-4" : "mt-8")}>
        <Skeleton className="h-10 rounded-none" />
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="flex gap-4 border-t border-zinc-100 px-4 py-3">
            <Skeleton className="h-4 w-1/5" />
            <Skeleton className="h-4 w-1/6" />
            <Skeleton className="h-4 w-1/6" />
            <Skeleton className="h-4 w-24" />
            <Skeleton className="h-4 flex-1" />
          </div>
        ))}
      </div>
    </LoadingStatus>
  );
}
