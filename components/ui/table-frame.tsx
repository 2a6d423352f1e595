import type { ReactNode } from "react";
import { cn } from "./cn.ts";

/**
 * The bordered frame around a table that scrolls sideways when the table is wider than the
 * screen. It is a named region in the tab order, so that keyboard users can scroll it with the
 * arrow keys (WCAG 2.1.1; axe rule scrollable-region-focusable) and screen readers announce it.
 * It is positioned, so that visually hidden (absolute) texts in its cells scroll with it instead
 * of widening the page.
 */
export function TableFrame({
  label,
  className,
  busy,
  children,
}: {
  label: string;
  className?: string;
  busy?: boolean;
  children: ReactNode;
}) {
  return (
    <div
      role="region"
      aria-label={label}
      aria-busy={busy}
      tabIndex={0}
      className={cn("relative overflow-x-auto rounded-lg border border-zinc-200 bg-white", className)}
    >
      {children}
    </div>
  );
}
