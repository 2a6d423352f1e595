"use client";
import { useFormContext } from "react-hook-form";
import { Button, Input } from "@/components/ui";
import { FormField } from "./form-field.tsx";

/** One Key + Value row (the value is secret and typed blind). */
export function KeyValueRow({ base, index, onRemove }: { base: string; index: number; onRemove?: () => void }) {
  const { register } = useFormContext();
  return (
    <div className="grid grid-cols-[1fr_1fr_auto] items-start gap-2">
      <FormField name={`${base}.key`} label="Key">
        {(control) => <Input {...control} {...register(`${base}.key`)} autoComplete="off" spellCheck={false} className="font-mono" />}
      </FormField>
      <FormField name={`${base}.value`} label="Value" optional>
        {(control) => <Input {...control} {...register(`${base}.value`)} type="password" autoComplete="new-password" spellCheck={false} />}
      </FormField>
      {onRemove ? (
        <Button variant="ghost" size="sm" className="mt-6" aria-label={`Remove pair ${index + 1}`} onClick={onRemove}>
          Remove
        </Button>
      ) : (
        <span className="w-16" />
      )}
    </div>
  );
}
