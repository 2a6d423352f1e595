"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useId, useRef, useState, type ReactNode } from "react";
import { cn, useHydrated } from "@/components/ui";
import { MAIN_NAV } from "./nav-items.ts";
import { NavIcon } from "./nav-icon.tsx";

/**
 * The brand and the main navigation. Below the md breakpoint (phones) the navigation hides behind
 * a "Menu" button (a disclosure): it closes on navigation, on a click of a link and on Escape.
 */
export function SidebarNav({ brand, hidden = [] }: { brand: ReactNode; hidden?: readonly string[] }) {
  const pathname = usePathname();
  const id = useId();
  const hydrated = useHydrated();
  const button = useRef<HTMLButtonElement>(null);
  // The path on which the menu was opened: navigating anywhere else closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;

  return (
    <div
      onKeyDown={(e) => {
        if (e.key === "Escape" && open) {
          setOpenOn(null);
          button.current?.focus();
        }
      }}
    >
      <div className="flex items-center justify-between gap-3 px-3 md:mb-6">
        {brand}
        <button
          ref={button}
          type="button"
          aria-expanded={open}
          aria-controls={`${id}-nav`}
          disabled={!hydrated}
          onClick={() => setOpenOn(open ? null : pathname)}
          className={cn(
            "inline-flex items-center gap-2 rounded-md px-3 py-1.5 text-sm font-medium text-sidebar-text",
            "hover:bg-sidebar-strong/10 hover:text-sidebar-strong md:hidden",
          )}
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className="size-5"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          >
            {open ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
          </svg>
          Menu
        </button>
      </div>
      <nav id={`${id}-nav`} aria-label="Main" className={cn("mt-3 md:mt-0 md:block", open ? "block" : "hidden")}>
        <ul className="flex flex-col gap-1">
          {MAIN_NAV.filter((item) => !hidden.includes(item.href)).map((item) => {
            const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
            return (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={active ? "page" : undefined}
                  onClick={() => setOpenOn(null)}
                  className={cn(
                    "flex items-center gap-2.5 rounded-md px-3 py-2 text-sm font-medium whitespace-nowrap transition-colors",
                    active
                      ? "bg-sidebar-strong/10 text-sidebar-strong"
                      : "text-sidebar-text hover:bg-sidebar-strong/5 hover:text-sidebar-strong",
                  )}
                >
                  <NavIcon name={item.icon} />
                  {item.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </div>
  );
}
