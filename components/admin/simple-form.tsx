"use client";
// A small form over one zod schema (zodResolver on the client, the same schema in the server
// action): text and select fields with labels, hints and errors next to them, hidden fields
// for ids, pending state, and the user's input kept when the server refuses it.
import { useId } from "react";
import { useForm, type FieldValues, type Path } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Button, FieldError, Input, Label, Select, cn, useToast } from "@/components/ui";
import type { ActionResult } from "@/lib/authz/action";
import { useRouter } from "next/navigation";

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

type Props<I extends FieldValues, O> = {
  schema: z.ZodType<unknown, I>;
  defaults: I;
  fields: FieldSpec[];
  submitLabel: string;
  action: (input: I) => Promise<ActionResult<O>>;
  success: string | ((data: O, input: I) => string);
  onDone?: (data: O) => void;
  onCancel?: () => void;
  inline?: boolean;
  resetOnSuccess?: boolean;
};

export function SimpleForm<I extends FieldValues, O>(props: Props<I, O>) {
  const { schema, defaults, fields, submitLabel, action, success, onDone, onCancel, inline, resetOnSuccess } = props;
  const id = useId();
  const toast = useToast();
  const router = useRouter();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- one form for many schemas
  const form = useForm<I>({ resolver: zodResolver(schema as any) as any, defaultValues: defaults as never });
  const { register, handleSubmit, formState, setError, getValues, reset } = form;
  const errors = formState.errors as Record<string, { message?: string } | undefined>;

  const onSubmit = handleSubmit(async () => {
    const input = getValues();
    const result = await action(input);
    if (!result.ok) {
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) setError(field as Path<I>, { message: messages[0] });
      setError("root", { message: result.error });
      return;
    }
    toast(typeof success === "function" ? success(result.data, input) : success);
    if (resetOnSuccess) reset(defaults);
    onDone?.(result.data);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className={cn(inline ? "flex flex-wrap items-start gap-3" : "space-y-4")}>
      {fields.map((f) => {
        const fid = `${id}-${f.name}`;
        const error = errors[f.name]?.message;
        const common = {
          id: fid,
          "aria-invalid": !!error,
          "aria-describedby": `${fid}-hint ${fid}-error`,
          ...(f.autoFocus ? { "data-autofocus": true } : {}),
          ...register(f.name as Path<I>),
        };
        return (
          <div key={f.name} className={cn(inline && "min-w-48", f.className)}>
            <Label htmlFor={fid}>{f.label}</Label>
            {f.type === "select" ? (
              <Select {...common}>
                {f.options?.map((o) => (
                  <option key={o.value} value={o.value}>{o.label}</option>
                ))}
              </Select>
            ) : (
              <Input type={f.type ?? "text"} placeholder={f.placeholder} autoComplete="off" {...common} />
            )}
            {f.hint && <p id={`${fid}-hint`} className="mt-1 text-xs text-zinc-500">{f.hint}</p>}
            <FieldError id={`${fid}-error`}>{error}</FieldError>
          </div>
        );
      })}
      {errors.root?.message && !fields.some((f) => errors[f.name]?.message === errors.root?.message) && (
        <p role="alert" className={cn("text-sm text-red-700", inline && "basis-full")}>{errors.root.message}</p>
      )}
      <div className={cn("flex gap-2", inline ? "pt-6" : "justify-end border-t border-zinc-100 pt-4")}>
        {onCancel && <Button variant="secondary" onClick={onCancel}>Cancel</Button>}
        <Button type="submit" pending={formState.isSubmitting}>{submitLabel}</Button>
      </div>
    </form>
  );
}
