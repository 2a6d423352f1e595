"use client";
// Submitting the wizard: the server action parses with the same schema; a refusal (name taken,
// no permission, a field the server checks such as a certificate) keeps every input, marks the
// fields and goes back to the first step that shows one.
import { useState, type RefObject } from "react";
import type { FieldErrors, UseFormReturn } from "react-hook-form";
import type { RegisterSecretInput } from "@/lib/secrets/secret-form-schema";
import type { RegisterSecretAction } from "../action-types.ts";
import { formFieldName, stepOfField, type EnvironmentChoice, type WizardValues } from "./wizard-values.ts";

function firstErrorStep(errors: FieldErrors<WizardValues>): number {
  return Object.keys(errors).some((k) => stepOfField(k) === 0) ? 0 : 1;
}

export function useRegisterSubmit(
  form: UseFormReturn<WizardValues>,
  choice: RefObject<EnvironmentChoice>,
  register: RegisterSecretAction,
  onRegistered: (secret: { id: string; name: string }) => void,
  setStep: (step: number) => void,
) {
  const [formError, setFormError] = useState<string | null>(null);

  const submit = form.handleSubmit(
    async (input) => {
      setFormError(null);
      const result = await register(input as unknown as RegisterSecretInput);
      if (result.ok) return onRegistered(result.data);
      let step: number | null = null;
      for (const [key, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (key === "_form" || key === "credential" || key === "orgId") continue;
        const name = formFieldName(key, choice.current);
        form.setError(name as keyof WizardValues, { type: "server", message: messages[0] }, { shouldFocus: true });
        step = Math.min(step ?? 1, stepOfField(name));
      }
      // A refusal that names its fields is said there, once; the banner is for the rest.
      if (step === null) setFormError(result.error);
      else setStep(step);
    },
    (errors) => setStep(firstErrorStep(errors)),
  );

  return { submit, formError, setFormError };
}
