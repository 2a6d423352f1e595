// The edit form validates with THE schema of updates (updateSecretSchema, also parsed by the
// server action), applied to what would be submitted.
import type { RefObject } from "react";
import type { Resolver } from "react-hook-form";
import { updateSecretSchema } from "@/lib/secrets/secret-form-schema";
import { submittedResolver } from "@/components/forms/submitted-resolver";
import { ALL_ENVIRONMENTS } from "../credential/credential-form-values.ts";
import { toUpdateInput, type EditChoice, type EditValues } from "./edit-values.ts";

/** A server or schema error key as the form names it ("Same for all environments" shows one set of fields). */
export function editFieldName(key: string, choice: EditChoice): string {
  const match = /^credential\.values\.([^.]+)(\..*)?$/.exec(key);
  return choice.sameForAll && match ? `credential.values.${ALL_ENVIRONMENTS}${match[2] ?? ""}` : key;
}

export function editResolver(initial: EditValues, choice: RefObject<EditChoice>): Resolver<EditValues> {
  return submittedResolver<EditValues>(updateSecretSchema, (values) => toUpdateInput(values, initial, choice.current), {
    passInput: true,
    remapErrors: (errors) => {
      const valueErrors = (errors.credential as { values?: Record<string, unknown> } | undefined)?.values;
      const first = choice.current.sameForAll && valueErrors && Object.values(valueErrors)[0];
      if (!first) return errors;
      return { ...errors, credential: { ...errors.credential, values: { [ALL_ENVIRONMENTS]: first } } } as never;
    },
  });
}
