// The form validates with THE schema the server actions parse (commandFormSchema), applied to
// what would be submitted.
import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldValues, Resolver } from "react-hook-form";
import { commandFormSchema } from "@/lib/quick-commands/schema";
import { toCommandInput, type CommandFormValues } from "./form-values.ts";

const schemaResolver = zodResolver(commandFormSchema, undefined, { raw: true }) as unknown as Resolver<FieldValues>;

export const commandResolver: Resolver<CommandFormValues> = async (values, context, options) => {
  const result = await schemaResolver(toCommandInput(values) as FieldValues, context, options as unknown as Parameters<Resolver<FieldValues>>[2]);
  if (Object.keys(result.errors).length === 0) return { values, errors: {} };
  return { values: {}, errors: result.errors as never };
};
