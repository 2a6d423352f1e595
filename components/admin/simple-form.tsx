"use client";
// A small form posted to its server action (a form action: FormData, useActionState), so it works
// without JavaScript and before hydration: text and select fields with labels, hints and errors
// next to them (from the action's zod schema, on the server), hidden fields for ids, pending
// state, and the user's input kept when the server refuses it.
import { useActionState, useEffect, useId, useRef } from "react";
import { useRouter } from "next/navigation";
import { Button, FieldError, Input, Label, Select, cn, useToast } from "@/components/ui";
import { EMPTY_FORM_STATE, fieldError, formError, type FormSubmit } from "@/lib/authz/form-state";

export type FieldSpec = {
  name: string;
  label: string;
  type?: "text" | "email" | "select";
  placeholder?: string;
  hint?: string;
  options?: { value: string; label: string }[];
  autoFocus?: boolean;
  className?: string;
};

type Props<O> = {
  /** Every field's starting value; those without a FieldSpec are posted as hidden fields (ids). */
  defaults: Record<string, string>;
  fields: FieldSpec[];
  submitLabel: string;
  action: FormSubmit<O>;
  success: string | ((data: O, input: Record<string, string>) => string);
  onDone?: (data: O) => void;
  onCancel?: () => void;
  inline?: boolean;
  resetOnSuccess?: boolean;
};

export function SimpleForm<O>(props: Props<O>) {
  const { defaults, fields, submitLabel, action, success, onDone, onCancel, inline, resetOnSuccess } = props;
  const id = useId();
  const toast = useToast();
  const router = useRouter();
  const [state, submit, pending] = useActionState(action, EMPTY_FORM_STATE);
  const answered = useRef<unknown>(EMPTY_FORM_STATE);
  const result = state.result;

  useEffect(() => {
    // Once per answer (an answer rendered by the server, without JavaScript, counts too).
    if (!result?.ok || answered.current === state) return;
    answered.current = state;
    toast(typeof success === "function" ? success(result.data, state.values) : success);
    onDone?.(result.data);
    router.refresh();
  });

  const keepTyped = result !== null && (!result.ok || !resetOnSuccess);
  const shown = (name: string) => (keepTyped ? state.values[name] : undefined) ?? defaults[name] ?? "";
  const hidden = Object.keys(defaults).filter((name) => !fields.some((f) => f.name === name));
  const refusal = formError(state);

  return (
    <form
      action={submit}
      noValidate
      aria-busy={pending || undefined}
      className={cn(inline ? "flex flex-wrap items-start gap-3" : "space-y-4")}
    >
      {hidden.map((name) => (
        <input key={name} type="hidden" name={name} value={defaults[name]} />
      ))}
      {fields.map((f) => {
        const fid = `${id}-${f.name}`;
        const error = fieldError(state, f.name);
        const common = {
          id: fid,
          name: f.name,
          defaultValue: shown(f.name),
          "aria-invalid": !!error,
          "aria-describedby": `${fid}-hint ${fid}-error`,
          ...(f.autoFocus ? { "data-autofocus": true } : {}),
        };
        return (
          <div key={f.name} className={cn(inline && "min-w-48", f.className)}>
            <Label htmlFor={fid}>{f.label}</Label>
            {f.type === "select" ? (
              <Select {...common}>
                {f.options?.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </Select>
            ) : (
              <Input type={f.type ?? "text"} placeholder={f.placeholder} autoComplete="off" {...common} />
            )}
            {f.hint && (
              <p id={`${fid}-hint`} className="mt-1 text-xs text-zinc-500">
                {f.hint}
              </p>
            )}
            <FieldError id={`${fid}-error`}>{error}</FieldError>
          </div>
        );
      })}
      {refusal && !fields.some((f) => fieldError(state, f.name) === refusal) && (
        <p role="alert" className={cn("text-sm text-red-700", inline && "basis-full")}>
          {refusal}
        </p>
      )}
      <div className={cn("flex gap-2", inline ? "pt-6" : "justify-end border-t border-zinc-100 pt-4")}>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        )}
        <Button type="submit" pending={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
