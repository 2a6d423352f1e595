import type { ComponentPropsWithRef } from "react";
import { cn } from "./cn.ts";

export const fieldClasses = cn(
  "block w-full rounded-md border border-zinc-300 bg-white px-3 text-sm text-zinc-900 shadow-sm",
  "placeholder:text-zinc-400 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/25",
  "disabled:cursor-not-allowed disabled:bg-zinc-100 disabled:text-zinc-500",
  "aria-[invalid=true]:border-red-500 aria-[invalid=true]:focus:ring-red-500/25",
);

export function Input({ className, ...props }: ComponentPropsWithRef<"input">) {
  return <input className={cn(fieldClasses, "h-9", className)} {...props} />;
}

export function Textarea({ className, ...props }: ComponentPropsWithRef<"textarea">) {
  return <textarea className={cn(fieldClasses, "py-2", className)} {...props} />;
}

/** A field's error, to be referenced by the control's aria-describedby. */
export function FieldError({ id, children }: { id: string; children?: React.ReactNode }) {
  if (!children) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700">
      {children}
    </p>
  );
}
