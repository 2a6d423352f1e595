import Link from "next/link";
import { safeLinkHref } from "@/lib/usage/link-href";
import { consumerKindLabel, type UsageItem } from "./usage-item.ts";

/** The consumer's name, linked only when its URL is a safe link (older rows may hold others). */
function ConsumerName({ name, url }: { name: string; url: string | null }) {
  const link = safeLinkHref(url);
  if (!link) return <span className="font-medium text-zinc-900">{name}</span>;
  const className = "font-medium text-brand-700 hover:underline";
  if (!link.external) {
    return (
      <Link href={link.href} className={className}>
        {name}
      </Link>
    );
  }
  return (
    <a href={link.href} target="_blank" rel="noopener noreferrer" className={className}>
      {name}
    </a>
  );
}

/** The consumers of a secret: kind and name (linked when known), where in it, by whom, since when. */
export function UsageList({
  rows,
  filtered,
  showSecret = false,
}: {
  rows: UsageItem[];
  filtered: boolean;
  showSecret?: boolean;
}) {
  if (rows.length === 0) {
    return (
      <p className="mt-3 text-sm text-zinc-600">
        {filtered ? "No consumer matches this search." : "Not used anywhere yet."}
      </p>
    );
  }
  return (
    <ul className="mt-3 divide-y divide-zinc-100 rounded-md border border-zinc-200">
      {rows.map((u) => (
        <li key={u.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-3 py-2 text-sm">
          <div className="min-w-0">
            <span className="mr-2 text-xs font-medium tracking-wide text-zinc-500 uppercase">
              {consumerKindLabel(u.consumerKind)}
            </span>
            <ConsumerName name={u.consumerName} url={u.consumerUrl} />
            <span className="text-zinc-600"> — {u.location}</span>
            {showSecret && (
              <span className="text-zinc-600">
                {" "}
                uses{" "}
                <Link href={`/secrets/${u.secretId}`} className="font-medium text-brand-700 hover:underline">
                  {u.secretName}
                </Link>
              </span>
            )}
          </div>
          <span className="text-xs text-zinc-500">
            {u.byName ? `by ${u.byName}, ` : ""}since {u.since}
          </span>
        </li>
      ))}
    </ul>
  );
}
