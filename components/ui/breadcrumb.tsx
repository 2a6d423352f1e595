import Link from "next/link";

/** The link back to the list a page belongs to, above its header. */
export function Breadcrumb({ href, label }: { href: string; label: string }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-2 text-sm">
      <Link href={href} className="text-brand-700 hover:underline">
        {label}
      </Link>
    </nav>
  );
}
