// The edit form validates with THE schema of updates (updateSecretSchema, also parsed by the
// server action), applied to what would be submitted.
import { zodResolver } from "@hookform/resolvers/zod";
import type { RefObject } from "react";
import type { FieldValues, Resolver } from "react-hook-form";
import { updateSecretSchema } from "@/lib/secrets/secret-form-schema";
import { ALL_ENVIRONMENTS } from "../credential/credential-form-values.ts";
import { toUpdateInput, type EditChoice, type EditValues } from "./edit-values.ts";

const schemaResolver = zodResolver(updateSecretSchema, undefined, { raw: true }) as unknown as Resolver<FieldValues>;

/** A server or schema error key as the form names it ("Same for all environments" shows one set of fields). */
export function editFieldName(key: string, choice: EditChoice): string {
  const match = /^credential\.values\.([^.]+)(\..*)?$/.exec(key);
  return choice.sameForAll && match ? `credential.values.${ALL_ENVIRONMENTS}${match[2] ?? ""}` : key;
}

export function editResolver(initial: EditValues, choice: RefObject<EditChoice>): Resolver<EditValues> {
  return async (values, context, options) => {
    const input = toUpdateInput(values, initial, choice.current);
    const result = await schemaResolver(input as FieldValues, context, options as unknown as Parameters<Resolver<FieldValues>>[2]);
    if (Object.keys(result.errors).length === 0) return { values: input as unknown as EditValues, errors: {} };
    if (!choice.current.sameForAll) return { values: {}, errors: result.errors as never };
    const valueErrors = (result.errors.credential as { values?: Record<string, unknown> } | undefined)?.values;
    const first = valueErrors && Object.values(valueErrors)[0];
    const errors = first ? { ...result.errors, credential: { ...result.errors.credential, values: { [ALL_ENVIRONMENTS]: first } } } : result.errors;
    return { values: {}, errors: errors as never };
  };
}
