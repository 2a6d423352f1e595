"use client";

import { useEffect, useId, useRef, useState } from "react";
import Link from "next/link";
import { buttonClasses, useHydrated } from "@/components/ui";
import { SignOutButton } from "./sign-out-button.tsx";
import { ThemeChooser } from "./theme-chooser.tsx";
import type { SignOutEverywhere } from "./types.ts";

/**
 * A disclosure (button + panel) with the user's e-mail, role, the theme, "Account settings",
 * "Sign out" and "Sign out everywhere". Escape or a click outside closes it.
 */
type Props = { name: string; email: string; roleLabel: string; signOutEverywhere: SignOutEverywhere };

export function UserMenu({ name, email, roleLabel, signOutEverywhere }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const hydrated = useHydrated();
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const display = name.trim() || email;
  const initials = display
    .split(/[\s@.]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((p) => p[0]!.toUpperCase())
    .join("");

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        setOpen(false);
        trigger.current?.focus();
      }
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  return (
    <div ref={root} className="relative">
      <button
        ref={trigger}
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        disabled={!hydrated}
        onClick={() => setOpen((o) => !o)}
        className="flex items-center gap-2 rounded-full py-1 pr-1 pl-1 text-sm sm:pr-3 font-medium text-zinc-800 hover:bg-zinc-100"
      >
        <span
          aria-hidden="true"
          className="flex size-7 items-center justify-center rounded-full bg-brand-100 text-xs font-semibold text-brand-800"
        >
          {initials || "?"}
        </span>
        <span className="sr-only sm:not-sr-only sm:max-w-40 sm:truncate">{display}</span>
      </button>
      {open && (
        <div
          id={`${id}-panel`}
          role="dialog"
          aria-label="User menu"
          className="absolute right-0 z-20 mt-2 w-64 rounded-lg border border-zinc-200 bg-white p-4 shadow-lg"
        >
          <p className="text-sm font-medium text-zinc-900">{display}</p>
          <p className="truncate text-sm text-zinc-600">{email}</p>
          <p className="mt-2 text-xs font-medium tracking-wide text-zinc-500 uppercase">Role</p>
          <p className="text-sm text-zinc-800">{roleLabel}</p>
          <ThemeChooser className="mt-3" />
          <Link
            href="/account"
            onClick={() => setOpen(false)}
            className={buttonClasses("secondary", "sm", "mt-4 w-full")}
          >
            Account settings
          </Link>
          <SignOutButton size="sm" className="mt-2 w-full" />
          <SignOutButton size="sm" variant="ghost" className="mt-2 w-full" everywhere={signOutEverywhere} />
        </div>
      )}
    </div>
  );
}
