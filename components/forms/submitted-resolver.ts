// The one resolver of the forms whose values are not yet what they submit (the Quick Command
// form, the register wizard, the edit form): it validates with THE schema the server action
// parses, applied to what would be submitted, so the client and the server cannot disagree.
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { FieldErrors, FieldValues, Resolver } from "react-hook-form";

type Options<V extends FieldValues> = {
  /** Whether handleSubmit receives the submitted input (true) or the form's own values. */
  passInput?: boolean;
  /** Moves the schema's error keys to the fields that show them. */
  remapErrors?: (errors: FieldErrors<V>) => FieldErrors<V>;
};

export function submittedResolver<V extends FieldValues>(
  schema: z.ZodType,
  toInput: (values: V) => unknown,
  { passInput = false, remapErrors }: Options<V> = {},
): Resolver<V> {
  type Loose = Resolver<FieldValues>;
  const typed = schema as z.ZodType<FieldValues, FieldValues>;
  const validate = zodResolver(typed, undefined, { raw: true }) as unknown as Loose;
  return async (values, context, options) => {
    const input = toInput(values);
    const result = await validate(input as FieldValues, context, options as unknown as Parameters<Loose>[2]);
    if (Object.keys(result.errors).length === 0) return { values: (passInput ? input : values) as V, errors: {} };
    const errors = result.errors as FieldErrors<V>;
    return { values: {}, errors: remapErrors ? remapErrors(errors) : errors };
  };
}
