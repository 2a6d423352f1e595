// zod issues → field errors keyed by dotted path ("headerName", "values.<envId>.pairs.2.key"),
// the names react-hook-form uses; issues about the whole input go under "_form".
// Pure and client-safe.
import type { z } from "zod";

export type FieldErrors = Record<string, string[]>;

export const FORM_ERROR_KEY = "_form";

export function fieldErrorsFromZod(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length === 0 ? FORM_ERROR_KEY : issue.path.map(String).join(".");
    addFieldError(errors, key, issue.message);
  }
  return errors;
}

export function addFieldError(errors: FieldErrors, key: string, message: string): void {
  const list = (errors[key] ??= []);
  if (!list.includes(message)) list.push(message);
}
