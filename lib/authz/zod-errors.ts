import type { z } from "zod";
import type { FieldErrors } from "../errors/index.ts";

/** zod issues keyed by dotted path ("values.0.payload.value"); "_form" for root issues. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
