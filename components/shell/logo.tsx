import { cn } from "@/components/ui/cn";

/**
 * Strongroom's mark (a vault door with its dial, the same drawing as app/icon.svg, the favicon)
 * and wordmark. The mark keeps its colours in both themes; the wordmark takes the text colour
 * of `className`.
 */
export function Logo({ className, markClassName }: { className?: string; markClassName?: string }) {
  return (
    <span className={cn("inline-flex items-center gap-2 font-semibold tracking-tight", className)}>
      <LogoMark className={cn("size-7", markClassName)} />
      <span>Strongroom</span>
    </span>
  );
}

export function LogoMark({ className }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 32 32" className={cn("shrink-0", className)}>
      <rect width="32" height="32" rx="8" fill="#2561ce" />
      <g fill="none" stroke="#fff" strokeWidth="2.4" strokeLinecap="round">
        <rect x="6.5" y="6.5" width="19" height="19" rx="4" />
        <circle cx="16" cy="16" r="4.2" />
        <path d="M16 11.8V10M16 22v-1.8M11.8 16H10M22 16h-1.8" />
      </g>
    </svg>
  );
}
