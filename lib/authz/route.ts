// The one wrapper every /api/v1 route handler goes through: authenticate the API token →
// check its permission → parse input → run → JSON. Errors keep a stable shape:
// { error: { code, message, fields? } } with 401/403/404/409/422/429.
import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { authenticateApiToken } from "../api-tokens/authenticate.ts";
import type { ApiTokenPermission } from "../domain/constants.ts";
import { ForbiddenError, isAppError, RateLimitError, ValidationError } from "../errors/index.ts";
import type { RequestInfo } from "../audit/index.ts";
import type { TokenActor } from "./actor.ts";
import { zodFieldErrors } from "./zod-errors.ts";

export type ApiContext<P> = { actor: TokenActor; params: P; request: RequestInfo; req: Request };

export function withApiAuth<P = Record<string, string>>(
  handler: (ctx: ApiContext<P>) => Promise<Response | unknown>,
  options: { permission: ApiTokenPermission },
) {
  return async (req: Request, route: { params: Promise<P> }): Promise<Response> => {
    try {
      const actor = await authenticateApiToken(req.headers.get("authorization"));
      if (!actor.permissions.has(options.permission)) {
        throw new ForbiddenError(`This token lacks the "${options.permission}" permission.`);
      }
      const request = { ip: req.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? null, userAgent: req.headers.get("user-agent") };
      const result = await handler({ actor, params: await route.params, request, req });
      const res = result instanceof Response ? result : NextResponse.json(result);
      res.headers.set("Cache-Control", "no-store");
      return res;
    } catch (e) {
      return apiError(e);
    }
  };
}

export async function parseJsonBody<S extends z.ZodType>(req: Request, schema: S): Promise<z.output<S>> {
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    throw new ValidationError("The request body must be JSON.");
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ValidationError("The request has invalid fields.", zodFieldErrors(parsed.error));
  return parsed.data;
}

export function apiError(e: unknown): Response {
  if (isAppError(e)) {
    const res = NextResponse.json(
      { error: { code: e.code, message: e.message, ...(e.fieldErrors ? { fields: e.fieldErrors } : {}) } },
      { status: e.status },
    );
    if (e instanceof RateLimitError) res.headers.set("Retry-After", String(e.retryAfterSeconds));
    res.headers.set("Cache-Control", "no-store");
    return res;
  }
  console.error("strongroom: unexpected error in API route:", e instanceof Error ? e.name : typeof e);
  return NextResponse.json({ error: { code: "internal", message: "Internal error." } }, { status: 500 });
}
