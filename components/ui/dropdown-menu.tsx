"use client";
// A menu button on Radix (@radix-ui/react-dropdown-menu): the button has aria-haspopup="menu";
// the menu (role="menu", items role="menuitem") opens below it in a portal, so table overflow
// does not clip it; arrow keys, Home/End and typeahead move between items; Escape closes it.
import * as RadixMenu from "@radix-ui/react-dropdown-menu";
import { useRef, type ReactNode } from "react";
import { cn } from "./cn.ts";
import { useHydrated } from "./use-hydrated.ts";

export type MenuItem = { label: string; onSelect: () => void; tone?: "default" | "danger" };

export function DropdownMenu({ label, items, icon }: { label: string; items: MenuItem[]; icon?: ReactNode }) {
  // The server renders the button; until React hydrates it, a click would do nothing. Disabled
  // until then, so that a click made in that moment waits for it (e2e/early-clicks.spec.ts).
  const hydrated = useHydrated();
  const trigger = useRef<HTMLButtonElement>(null);
  // The chosen item runs once the menu has closed and the focus is back on the button, so that
  // a dialog it opens takes the focus from there (and gives it back there).
  const chosen = useRef<MenuItem | null>(null);

  return (
    <RadixMenu.Root modal={false}>
      <RadixMenu.Trigger
        ref={trigger}
        aria-label={label}
        disabled={!hydrated}
        className="inline-flex size-8 items-center justify-center rounded-md text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900"
      >
        {icon ?? <DotsIcon />}
      </RadixMenu.Trigger>
      <RadixMenu.Portal>
        <RadixMenu.Content
          align="end"
          sideOffset={4}
          collisionPadding={8}
          onCloseAutoFocus={(e) => {
            const item = chosen.current;
            if (!item) return;
            e.preventDefault();
            chosen.current = null;
            trigger.current?.focus();
            item.onSelect();
          }}
          className="z-40 min-w-44 rounded-md border border-zinc-200 bg-white py-1 shadow-lg"
        >
          {items.map((item) => (
            <RadixMenu.Item
              key={item.label}
              onSelect={() => {
                chosen.current = item;
              }}
              className={cn(
                "block w-full cursor-default px-3 py-2 text-left text-sm outline-none select-none",
                "data-[highlighted]:bg-zinc-100",
                item.tone === "danger" ? "text-red-700" : "text-zinc-800",
              )}
            >
              {item.label}
            </RadixMenu.Item>
          ))}
        </RadixMenu.Content>
      </RadixMenu.Portal>
    </RadixMenu.Root>
  );
}

function DotsIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="currentColor">
      <circle cx="4" cy="10" r="1.6" />
      <circle cx="10" cy="10" r="1.6" />
      <circle cx="16" cy="10" r="1.6" />
    </svg>
  );
}
