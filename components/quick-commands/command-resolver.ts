// The form validates with THE schema the server actions parse (commandFormSchema), applied to
// what would be submitted.
import { commandFormSchema } from "@/lib/quick-commands/schema";
import { submittedResolver } from "@/components/forms/submitted-resolver";
import { toCommandInput, type CommandFormValues } from "./form-values.ts";

export const commandResolver = submittedResolver<CommandFormValues>(commandFormSchema, toCommandInput);
