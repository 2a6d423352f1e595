import { EmptyState } from "@/components/ui";

/** Settings sections that later releases fill in say so plainly. */
export function NotYetAvailable({ section }: { section: string }) {
  return (
    <EmptyState
      title={`${section} are not available yet in this build.`}
      description="This part of Strongroom is being built and will appear here in a later release."
    />
  );
}
