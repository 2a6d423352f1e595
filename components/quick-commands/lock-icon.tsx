// The padlock that marks a secret header (an SVG: the 🔒 emoji needs a color-emoji font that a
// server's Chromium may not have, and then shows as an empty box).
import { cn } from "@/components/ui";

export function LockIcon({ className }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className={cn("size-3.5 shrink-0", className)} fill="none">
      <rect x="3" y="7" width="10" height="7" rx="1.5" fill="currentColor" />
      <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}
