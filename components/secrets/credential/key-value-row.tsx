"use client";
import { useFormContext } from "react-hook-form";
import { Button, Input } from "@/components/ui";
import { FormField } from "./form-field.tsx";
import { SecretValueInput } from "./secret-value-input.tsx";

/**
 * One Key + Value row (the value is secret, typed blind unless shown). The Key is required; a
 * Value may be empty, which the line above the rows says once instead of "(optional)" on each.
 */
export function KeyValueRow({ base, index, onRemove }: { base: string; index: number; onRemove?: () => void }) {
  const { register } = useFormContext();
  return (
    <div className="grid grid-cols-[1fr_1fr_auto] items-start gap-2">
      <FormField name={`${base}.key`} label="Key">
        {(control) => (
          <Input
            {...control}
            {...register(`${base}.key`)}
            autoComplete="off"
            spellCheck={false}
            className="font-mono"
          />
        )}
      </FormField>
      <FormField name={`${base}.value`} label="Value">
        {(control) => <SecretValueInput {...control} aria-required={undefined} {...register(`${base}.value`)} />}
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
