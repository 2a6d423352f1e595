import Link from "next/link";

/**
 * Tells that the workspace chosen in the top bar narrows a list (the Secrets Manager, Quick
 * Commands), with a link to every workspace; or, when the list shows every workspace anyway,
 * a link back to the chosen one.
 */
export function WorkspaceContextNotice({
  workspaceName,
  showingAll,
  toggleHref,
  hidden,
}: {
  workspaceName: string;
  /** The list shows every workspace although one is chosen (`workspaceId=all`). */
  showingAll: boolean;
  toggleHref: string;
  /** What the chosen workspace hides, e.g. "secrets of other workspaces". */
  hidden: string;
}) {
  return (
    <div className="mb-4 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border border-brand-200 bg-brand-50 px-4 py-2 text-sm text-zinc-800">
      <p>
        {showingAll ? (
          <>
            Showing all workspaces. The top bar has workspace <strong>{workspaceName}</strong> selected.
          </>
        ) : (
          <>
            Workspace <strong>{workspaceName}</strong> is selected in the top bar: {hidden} are hidden.
          </>
        )}
      </p>
      <Link href={toggleHref} className="font-medium text-brand-700 underline hover:text-brand-900">
        {showingAll ? `Show only ${workspaceName}` : "Show all workspaces"}
      </Link>
    </div>
  );
}
