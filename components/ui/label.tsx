import type { ComponentPropsWithRef } from "react";
import { cn } from "./cn.ts";

export function Label({ className, ...props }: ComponentPropsWithRef<"label">) {
  return <label className={cn("mb-1 block text-sm font-medium text-zinc-800", className)} {...props} />;
}
