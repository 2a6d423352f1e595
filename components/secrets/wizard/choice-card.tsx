"use client";
import { useId } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { cn } from "@/components/ui";

/** A radio button shown as a card: the label is the option's name, the description explains it. */
export function ChoiceCard({
  label,
  value,
  description,
  registration,
  disabled = false,
}: {
  label: string;
  value: string;
  description: string;
  registration: UseFormRegisterReturn;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div
      className={cn(
        "flex gap-3 rounded-lg border p-4",
        disabled
          ? "border-zinc-200 bg-zinc-50 text-zinc-500"
          : "border-zinc-300 bg-white has-[:checked]:border-brand-600 has-[:checked]:ring-1 has-[:checked]:ring-brand-600",
      )}
    >
      <input
        id={id}
        type="radio"
        value={value}
        disabled={disabled}
        aria-describedby={`${id}-description`}
        className="mt-0.5 size-4 accent-brand-600"
        {...registration}
      />
      <div>
        <label htmlFor={id} className={cn("text-sm font-medium", disabled ? "text-zinc-500" : "text-zinc-900")}>
          {label}
        </label>
        <p id={`${id}-description`} className="mt-0.5 text-xs text-zinc-600">
          {description}
        </p>
      </div>
    </div>
  );
}
