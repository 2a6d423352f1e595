// A pipeline action (action.ts) as the action of a <form>: it takes the form's FormData, so the
// form works without JavaScript and before hydration (React posts it as a plain form then, and
// Next runs the action and renders the page with its answer), and with JavaScript through
// `useActionState`. The FormData's text fields are the input that the pipeline parses with the
// action's own zod schema; the answer carries what the user typed back to the fields.
import "server-only";
import { isPipelineAction, type ActionResult } from "./action.ts";
import type { FormSubmit } from "./form-state.ts";

type Options<T> = {
  /** Fields never sent back (a password). */
  secretFields?: readonly string[];
  /** Where to go after a success (a redirect answer, also without JavaScript). */
  redirectTo?: (data: T) => string;
};

export function formAction<T>(
  action: (input: never) => Promise<ActionResult<T>>,
  options: Options<T> = {},
): FormSubmit<T> {
  if (!isPipelineAction(action)) throw new Error("formAction wraps only actions made by the action pipeline");
  const secret = new Set(options.secretFields ?? []);
  return async (_previous, form) => {
    // The previous state comes from the client: it is never read.
    const input: Record<string, string> = {};
    if (form instanceof FormData) {
      for (const [name, value] of form) {
        if (typeof value === "string" && !name.startsWith("$ACTION")) input[name] = value;
      }
    }
    const result = await action(input as never);
    if (result.ok && options.redirectTo) {
      // Loaded here: next/navigation does not load outside Next (scripts and tests import lib/authz).
      const { redirect } = await import("next/navigation");
      // Outside the pipeline's error handling: redirect() answers by throwing.
      redirect(options.redirectTo(result.data));
    }
    return { result, values: Object.fromEntries(Object.entries(input).filter(([name]) => !secret.has(name))) };
  };
}
