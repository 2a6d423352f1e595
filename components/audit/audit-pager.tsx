// Previous / next page links that keep the filters (paging is done by the database).
import Link from "next/link";
import { buttonClasses } from "@/components/ui";

export function AuditPager({
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
  return (
    <nav aria-label="Pages" className="mt-3 flex items-center justify-between text-sm text-zinc-600">
      <p>{total === 0 ? "No records" : `Records ${first}–${last} of ${total}`}</p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link className={buttonClasses("secondary", "sm")} href={hrefFor(page - 1)}>
            Previous page
          </Link>
        ) : null}
        {page < pages ? (
          <Link className={buttonClasses("secondary", "sm")} href={hrefFor(page + 1)}>
            Next page
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
