"use client";
// A labelled form field bound to react-hook-form by name: label, control, help text and the
// error for that name, wired with aria-describedby / aria-invalid.
import { useId, type ReactNode } from "react";
import { get, useFormState } from "react-hook-form";
import { FieldError, Label } from "@/components/ui";

export type ControlProps = { id: string; "aria-invalid"?: true; "aria-describedby"?: string; "aria-required"?: true };

/** The message of the error at `name` (or of an array's `root` error), if any. */
export function errorMessage(errors: object, name: string): string | undefined {
  const error = get(errors, name) as { message?: unknown; root?: { message?: unknown } } | undefined;
  const message = error?.message ?? error?.root?.message;
  return typeof message === "string" ? message : undefined;
}

export function useFieldError(name: string): string | undefined {
  const { errors } = useFormState({ name });
  return errorMessage(errors, name);
}

export function FormField({
  name,
  label,
  help,
  optional,
  className,
  children,
}: {
  name: string;
  label: string;
  help?: ReactNode;
  optional?: boolean;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const id = useId();
  const error = useFieldError(name);
  const describedBy = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <Label htmlFor={id}>
        {label}
        {optional && (
          // Hidden from the accessible name, which stays the field's label (PRODUCT.md §8); controls mark it with aria-required instead.
          <span aria-hidden="true" className="ml-1 font-normal text-zinc-500">
            (optional)
          </span>
        )}
      </Label>
      {children({
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy,
        "aria-required": optional ? undefined : true,
      })}
      {help && (
        <p id={`${id}-help`} className="mt-1 text-xs text-zinc-500">
          {help}
        </p>
      )}
      <FieldError id={`${id}-error`}>{error}</FieldError>
    </div>
  );
}

/** A value filled by the server (certificate details), shown in a read-only field. */
export function ReadOnlyField({
  label,
  value,
  placeholder,
  mono = true,
}: {
  label: string;
  value: string | null | undefined;
  placeholder?: string;
  mono?: boolean;
}) {
  const id = useId();
  return (
    <div>
      <Label htmlFor={id}>{label}</Label>
      <input
        id={id}
        readOnly
        value={value ?? ""}
        placeholder={placeholder}
        className={`block h-9 w-full rounded-md border border-zinc-200 bg-zinc-50 px-3 text-zinc-700 ${mono ? "font-mono text-xs" : "text-sm"}`}
      />
    </div>
  );
}
