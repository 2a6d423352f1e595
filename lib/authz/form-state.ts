// What a form posted to a server action (a `formAction` of form-action.ts) gets back through
// `useActionState`: the action's result, and what the user typed, to put back in the fields.
// Pure; safe to import from client components.
import type { FieldErrors } from "../errors/index.ts";

export type FormResult<T> =
  { ok: true; data: T } | { ok: false; error: string; code: string; fieldErrors?: FieldErrors };

export type FormState<T = unknown> = {
  /** Null until the form is first submitted. */
  result: FormResult<T> | null;
  /** The submitted text fields by name (never the ones the action marks secret, e.g. a password). */
  values: Record<string, string>;
};

/** A form's server action (made by formAction); the previous state it is handed is never read. */
export type FormSubmit<T = unknown> = (previous: FormState<unknown>, form: FormData) => Promise<FormState<T>>;

export const EMPTY_FORM_STATE: FormState<never> = { result: null, values: {} };

/** The first message for `field` from a refused submission, if any. */
export function fieldError(state: FormState<unknown>, field: string): string | undefined {
  return state.result && !state.result.ok ? state.result.fieldErrors?.[field]?.[0] : undefined;
}

/** The message of a refused submission, if any. */
export function formError(state: FormState<unknown>): string | undefined {
  return state.result && !state.result.ok ? state.result.error : undefined;
}
