import type { ReactNode } from "react";
import { cn } from "./cn.ts";

export function EmptyState({
  title,
  description,
  action,
  icon,
  className,
}: {
  title: string;
  description?: ReactNode;
  action?: ReactNode;
  icon?: ReactNode;
  className?: string;
}) {
  return (
    <div
      className={cn(
        "flex flex-col items-center rounded-lg border border-dashed border-zinc-300 bg-white px-6 py-12 text-center",
        className,
      )}
    >
      {icon && (
        <div className="mb-3 text-zinc-400" aria-hidden="true">
          {icon}
        </div>
      )}
      <p className="text-base font-semibold text-zinc-900">{title}</p>
      {description && <div className="mt-1 max-w-md text-sm text-zinc-600">{description}</div>}
      {action && <div className="mt-5">{action}</div>}
    </div>
  );
}
