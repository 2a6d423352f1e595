import Link from "next/link";
import { buttonClasses, cn } from "@/components/ui";

/** "Showing 26–50 of 312" with Previous/Next links; `hrefFor(page)` builds each page's URL. */
export function Pagination({
  page,
  pageSize,
  total,
  hrefFor,
}: {
  page: number;
  pageSize: number;
  total: number;
  hrefFor: (page: number) => string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const link = (target: number, label: string, enabled: boolean) =>
    enabled ? (
      <Link href={hrefFor(target)} className={buttonClasses("secondary", "sm")}>
        {label}
      </Link>
    ) : (
      <span aria-disabled="true" className={cn(buttonClasses("secondary", "sm"), "pointer-events-none opacity-50")}>
        {label}
      </span>
    );
  return (
    <nav
      aria-label="Pagination"
      className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-zinc-600"
    >
      <p>
        Showing {first.toLocaleString("en-US")}–{last.toLocaleString("en-US")} of {total.toLocaleString("en-US")}
      </p>
      <div className="flex items-center gap-2">
        {link(page - 1, "Previous", page > 1)}
        <span>
          Page {page} of {pages}
        </span>
        {link(page + 1, "Next", page < pages)}
      </div>
    </nav>
  );
}
