"use client";
// The labelled inputs of a react-hook-form form, each with its hint and, below it, its error;
// and the form's own (root) error. One markup for the simple account forms (invitation,
// password change), so labels, hints and errors are wired the same way everywhere.
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { FieldError, Input, Label } from "@/components/ui";

export type HookFieldSpec<T extends FieldValues> = {
  name: Path<T>;
  label: string;
  type?: "text" | "password" | "email";
  autoComplete: string;
  hint?: string;
};

type Form<T extends FieldValues> = Pick<UseFormReturn<T>, "register" | "formState">;

export function HookFormFields<T extends FieldValues>(props: {
  id: string;
  fields: readonly HookFieldSpec<T>[];
  form: Form<T>;
}) {
  const { id, fields, form } = props;
  const errors = form.formState.errors as Record<string, { message?: string } | undefined>;
  return fields.map((f) => {
    const error = errors[f.name]?.message;
    return (
      <div key={f.name}>
        <Label htmlFor={`${id}-${f.name}`}>{f.label}</Label>
        <Input
          id={`${id}-${f.name}`}
          type={f.type ?? "text"}
          autoComplete={f.autoComplete}
          aria-invalid={!!error}
          aria-describedby={`${id}-${f.name}-hint ${id}-${f.name}-error`}
          {...form.register(f.name)}
        />
        {f.hint && (
          <p id={`${id}-${f.name}-hint`} className="mt-1 text-xs text-zinc-500">
            {f.hint}
          </p>
        )}
        <FieldError id={`${id}-${f.name}-error`}>{error}</FieldError>
      </div>
    );
  });
}

/** The refusal that belongs to no field (react-hook-form's `root` error). */
export function HookFormError<T extends FieldValues>({ form }: { form: Form<T> }) {
  const message = form.formState.errors.root?.message;
  return message ? (
    <p role="alert" className="text-sm text-red-700">
      {message}
    </p>
  ) : null;
}
