// The one wrapper every /api/v1 route handler goes through: rate limit per client address →
// authenticate the API token (failures audited) → rate limit per token → check its
// permission (denials audited) → run → JSON with `Cache-Control: no-store`. Errors keep a
// stable shape: { error: { code, message, fields? } } with 401/403/404/409/413/422/429.
import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { authenticateApiToken } from "../api-tokens/authenticate.ts";
import { enforceRateLimit } from "../api-tokens/limits.ts";
import { readJsonBody } from "../api/read-body.ts";
import { clientIp, throttleKey, userAgent } from "../auth/client-address.ts";
import { recordAudit, type RequestInfo } from "../audit/index.ts";
import type { ApiTokenPermission } from "../domain/constants.ts";
import { env } from "../env/index.ts";
import { ForbiddenError, isAppError, RateLimitError, ValidationError } from "../errors/index.ts";
import { actorAudit, type TokenActor } from "./actor.ts";
import { zodFieldErrors } from "./zod-errors.ts";

export type ApiContext<P> = { actor: TokenActor; params: P; request: RequestInfo; req: Request };

export function withApiAuth<P = Record<string, string>>(
  handler: (ctx: ApiContext<P>) => Promise<Response | unknown>,
  options: { permission: ApiTokenPermission; status?: number },
) {
  return async (req: Request, route: { params: Promise<P> }): Promise<Response> => {
    try {
      const get = (name: string) => req.headers.get(name);
      const trustProxy = env().STRONGROOM_TRUST_PROXY;
      enforceRateLimit("ip", throttleKey(get, trustProxy));
      const request: RequestInfo = { ip: clientIp(get, trustProxy), userAgent: userAgent(get) };
      const actor = await authenticateApiToken(req.headers.get("authorization"), { request });
      enforceRateLimit("token", actor.tokenId);
      if (!actor.permissions.has(options.permission)) await denyPermission(actor, options.permission, req, request);
      const result = await handler({ actor, params: await route.params, request, req });
      const res = result instanceof Response ? result : NextResponse.json(result, { status: options.status ?? 200 });
      res.headers.set("Cache-Control", "no-store");
      return res;
    } catch (e) {
      return apiError(e);
    }
  };
}

async function denyPermission(actor: TokenActor, permission: ApiTokenPermission, req: Request, request: RequestInfo): Promise<never> {
  await recordAudit({
    orgId: actor.orgId,
    actor: actorAudit(actor),
    action: "api.permission_denied",
    outcome: "DENIED",
    detail: { permission, method: req.method, path: new URL(req.url).pathname.slice(0, 200) },
    request,
  });
  throw new ForbiddenError(`This token lacks the "${permission}" permission.`);
}

/** Reads the JSON body (at most 256 KiB, else 413) and parses it with `schema` (422 with fields). */
export async function parseJsonBody<S extends z.ZodType>(req: Request, schema: S, extra?: Record<string, unknown>): Promise<z.output<S>> {
  const body = await readJsonBody(req);
  const input = extra && body && typeof body === "object" && !Array.isArray(body) ? { ...body, ...extra } : body;
  return parseInput(schema, input);
}

/** Parses the query string with `schema` (422 with fields). */
export function parseQuery<S extends z.ZodType>(req: Request, schema: S): z.output<S> {
  return parseInput(schema, Object.fromEntries(new URL(req.url).searchParams));
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
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
  const res = NextResponse.json({ error: { code: "internal", message: "Internal error." } }, { status: 500 });
  res.headers.set("Cache-Control", "no-store");
  return res;
}
