"use client";

import { useId } from "react";
import { cn } from "@/components/ui";
import { THEMES } from "./theme.ts";
import { useTheme } from "./use-theme.ts";

/** "Theme": System / Light / Dark, as a segmented radio group (in the user menu). */
export function ThemeChooser({ className }: { className?: string }) {
  const name = useId();
  const [theme, setTheme] = useTheme();
  return (
    <fieldset className={className}>
      <legend className="text-xs font-medium tracking-wide text-zinc-500 uppercase">Theme</legend>
      <div className="mt-1 grid grid-cols-3 gap-0.5 rounded-md border border-zinc-300 p-0.5">
        {THEMES.map((t) => (
          <label
            key={t.value}
            className={cn(
              "relative rounded px-2 py-1 text-center text-sm text-zinc-700 hover:bg-zinc-100",
              "has-[:checked]:bg-zinc-100 has-[:checked]:font-medium has-[:checked]:text-zinc-900",
              "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600",
            )}
          >
            {/* Transparent over its label: the label is the target, the radio keeps its role. */}
            <input
              type="radio"
              name={name}
              value={t.value}
              checked={theme === t.value}
              onChange={() => setTheme(t.value)}
              className="absolute inset-0 size-full cursor-pointer opacity-0"
            />
            {t.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
