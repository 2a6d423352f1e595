import type { ComponentPropsWithRef } from "react";
import { cn } from "./cn.ts";

export function Card({ className, ...props }: ComponentPropsWithRef<"section">) {
  return <section className={cn("rounded-lg border border-zinc-200 bg-white shadow-xs", className)} {...props} />;
}

export function CardHeader({ className, ...props }: ComponentPropsWithRef<"div">) {
  return <div className={cn("border-b border-zinc-200 px-5 py-4", className)} {...props} />;
}

export function CardTitle({ className, ...props }: ComponentPropsWithRef<"h2">) {
  return <h2 className={cn("text-base font-semibold text-zinc-900", className)} {...props} />;
}

export function CardContent({ className, ...props }: ComponentPropsWithRef<"div">) {
  return <div className={cn("px-5 py-4", className)} {...props} />;
}
