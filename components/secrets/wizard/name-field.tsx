"use client";
import { useFormContext } from "react-hook-form";
import { Input } from "@/components/ui";
import { NAME_ADVICE } from "@/lib/secrets/secret-input";
import { FormField, useFieldError } from "../credential/form-field.tsx";
import { takenMessage, type NameAvailability } from "./use-name-availability.ts";

/** Secret name with the naming advice and the result of the live uniqueness check. */
export function NameField({ availability }: { availability: NameAvailability }) {
  const { register } = useFormContext();
  // An error of the field (the server's "already exists" among them) is shown by FormField: the
  // live result beside it would repeat it, or contradict it.
  const error = useFieldError("name");
  const status = error ? null : availability.state === "checking" ? (
    <span className="text-zinc-500">Checking whether the name is free…</span>
  ) : availability.state === "available" ? (
    <span className="text-emerald-700">This name is available.</span>
  ) : availability.state === "taken" ? (
    <span className="text-red-700">{takenMessage(availability.name)}</span>
  ) : null;
  return (
    <FormField name="name" label="Secret name" help={NAME_ADVICE}>
      {(control) => (
        <>
          <Input
            {...control}
            {...register("name")}
            autoComplete="off"
            spellCheck={false}
            className="font-mono"
            placeholder="stripe_api_key"
          />
          <p aria-live="polite" className="mt-1 min-h-4 text-xs">
            {status}
          </p>
        </>
      )}
    </FormField>
  );
}
