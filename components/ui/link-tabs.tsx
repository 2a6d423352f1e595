import Link from "next/link";
import { cn } from "./cn.ts";

export type LinkTab = { href: string; label: string; selected: boolean };

/** Tabs that navigate (each tab is a link to a URL, e.g. a filter kept in the search params). */
export function LinkTabs({ label, tabs }: { label: string; tabs: LinkTab[] }) {
  return (
    <div role="tablist" aria-label={label} className="flex gap-1 border-b border-zinc-200">
      {tabs.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          role="tab"
          aria-selected={tab.selected}
          className={cn(
            "-mb-px border-b-2 px-3 py-2 text-sm font-medium",
            tab.selected
              ? "border-brand-600 text-brand-700"
              : "border-transparent text-zinc-600 hover:border-zinc-300 hover:text-zinc-900",
          )}
        >
          {tab.label}
        </Link>
      ))}
    </div>
  );
}
