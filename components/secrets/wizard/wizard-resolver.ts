// The wizard validates with THE schema of registration (registerSecretSchema, also parsed by
// the server action), applied to what would be submitted (toRegisterInput).
import { zodResolver } from "@hookform/resolvers/zod";
import type { RefObject } from "react";
import type { FieldValues, Resolver } from "react-hook-form";
import { registerSecretSchema } from "@/lib/secrets/secret-form-schema";
import { remapValueErrors, toRegisterInput, type EnvironmentChoice, type WizardValues } from "./wizard-values.ts";

const schemaResolver = zodResolver(registerSecretSchema, undefined, { raw: true }) as unknown as Resolver<FieldValues>;

export function wizardResolver(choice: RefObject<EnvironmentChoice>): Resolver<WizardValues> {
  return async (values, context, options) => {
    const input = toRegisterInput(values, choice.current);
    const result = await schemaResolver(input as FieldValues, context, options as unknown as Parameters<Resolver<FieldValues>>[2]);
    if (Object.keys(result.errors).length === 0) return { values: input as unknown as WizardValues, errors: {} };
    return { values: {}, errors: remapValueErrors(result.errors as never, choice.current) };
  };
}
