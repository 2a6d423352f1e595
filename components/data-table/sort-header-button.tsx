import type { ReactNode } from "react";

/** A column header that sorts by its column; the arrow shows the current direction. */
export function SortHeaderButton({
  direction,
  onClick,
  children,
}: {
  direction: "asc" | "desc" | null;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      onClick={onClick}
      className="-mx-1 inline-flex items-center gap-1 rounded px-1 py-0.5 hover:bg-zinc-200/60 hover:text-zinc-900"
    >
      {children}
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className={direction ? "size-4 text-zinc-900" : "size-4 text-zinc-400"}
        fill="currentColor"
      >
        {direction === "desc" ? (
          <path d="M10 14.5 5.5 9h9L10 14.5Z" />
        ) : direction === "asc" ? (
          <path d="M10 5.5 14.5 11h-9L10 5.5Z" />
        ) : (
          <path d="M10 3.5 13.5 8h-7L10 3.5Zm0 13L6.5 12h7L10 16.5Z" />
        )}
      </svg>
    </button>
  );
}
