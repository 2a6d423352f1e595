// The wizard validates with THE schema of registration (registerSecretSchema, also parsed by
// the server action), applied to what would be submitted (toRegisterInput).
import type { RefObject } from "react";
import type { Resolver } from "react-hook-form";
import { registerSecretSchema } from "@/lib/secrets/secret-form-schema";
import { submittedResolver } from "@/components/forms/submitted-resolver";
import { remapValueErrors, toRegisterInput, type EnvironmentChoice, type WizardValues } from "./wizard-values.ts";

export function wizardResolver(choice: RefObject<EnvironmentChoice>): Resolver<WizardValues> {
  return submittedResolver<WizardValues>(registerSecretSchema, (values) => toRegisterInput(values, choice.current), {
    passInput: true,
    remapErrors: (errors) => remapValueErrors(errors, choice.current),
  });
}
