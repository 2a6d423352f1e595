import type { ReactNode } from "react";
import { cn } from "./cn.ts";

const TONES = {
  error: "border-red-200 bg-red-50 text-red-800",
  warning: "border-amber-200 bg-amber-50 text-amber-900",
  info: "border-zinc-200 bg-zinc-50 text-zinc-800",
} as const;

/**
 * A message box for errors and notices. An error is announced at once (role="alert"); a notice
 * is plain content unless the caller gives it a role.
 */
export function Alert({
  tone = "error",
  role,
  className,
  children,
}: {
  tone?: keyof typeof TONES;
  role?: "alert" | "status";
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      role={role ?? (tone === "error" ? "alert" : undefined)}
      className={cn("rounded-md border px-4 py-3 text-sm", TONES[tone], className)}
    >
      {children}
    </div>
  );
}
