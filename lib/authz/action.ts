// The one pipeline every server action goes through: parse input with the shared zod schema →
// load the session → run the handler (which derives the organization from the resource id and
// checks the permission table through lib/authz) → typed result. Expected errors become
// user-facing messages; anything else is logged without values and shown generically.
import "server-only";
import type { z } from "zod";
import { requireSessionUser, type SessionUser } from "../auth/session.ts";
import { getRequestInfo } from "../auth/request-info.ts";
import type { RequestInfo } from "../audit/index.ts";
import { isAppError, type FieldErrors } from "../errors/index.ts";
import { zodFieldErrors } from "./zod-errors.ts";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; code: string; fieldErrors?: FieldErrors };

export type ActionContext = { user: SessionUser; request: RequestInfo };

export function defineAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, ctx: ActionContext) => Promise<T>,
): (raw: z.input<S>) => Promise<ActionResult<T>> {
  return async (raw) => {
    try {
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        return { ok: false, code: "invalid_input", error: "Check the highlighted fields.", fieldErrors: zodFieldErrors(parsed.error) };
      }
      const user = await requireSessionUser();
      const request = await getRequestInfo();
      return { ok: true, data: await handler(parsed.data, { user, request }) };
    } catch (e) {
      return toActionError(e);
    }
  };
}

export function toActionError(e: unknown): { ok: false; error: string; code: string; fieldErrors?: FieldErrors } {
  if (isAppError(e)) return { ok: false, error: e.message, code: e.code, fieldErrors: e.fieldErrors };
  // Never return the message of an unexpected error: it may carry data.
  console.error("strongroom: unexpected error in server action:", e instanceof Error ? e.name : typeof e);
  return { ok: false, code: "internal", error: "Something went wrong. Nothing was changed; please try again." };
}
