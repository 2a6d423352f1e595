import type { ComponentPropsWithRef } from "react";
import { cn } from "./cn.ts";
import { fieldClasses } from "./input.tsx";

export function Select({ className, children, ...props }: ComponentPropsWithRef<"select">) {
  return (
    <select
      className={cn(
        fieldClasses,
        "h-9 appearance-none bg-[right_0.5rem_center] bg-no-repeat pr-8 select-chevron",
        className,
      )}
      {...props}
    >
      {children}
    </select>
  );
}
