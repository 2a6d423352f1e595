// The one wrapper every /api/v1 route handler goes through: rate limit per client address →
// authenticate the API token (failures audited) → rate limit per token → check its
// permission (denials audited) → run → JSON with `Cache-Control: no-store`. Errors keep a
// stable shape: { error: { code, message, fields? } } with 401/403/404/409/413/422/429.
// The wrapped handler is a Next.js route handler (Fetch API) and, as `.serve`, a transport-free
// function (lib/api/exchange.ts) that the resolver process calls from node:http.
import "server-only";
import type { z } from "zod";
import { authenticateApiToken } from "../api-tokens/authenticate.ts";
import { enforceRateLimit } from "../api-tokens/limits.ts";
import { errorAnswer, NO_STORE, type ApiAnswer, type ApiRequest } from "../api/exchange.ts";
import { fromFetchRequest, toFetchResponse } from "../api/fetch-exchange.ts";
import { clientIp, throttleKey, userAgent } from "../auth/client-address.ts";
import { recordAudit, type RequestInfo } from "../audit/index.ts";
import type { ApiTokenPermission } from "../domain/constants.ts";
import { env } from "../env/index.ts";
import { ForbiddenError, ValidationError } from "../errors/index.ts";
import { actorAudit, type TokenActor } from "./actor.ts";
import { zodFieldErrors } from "./zod-errors.ts";

export type ApiContext<P> = { actor: TokenActor; params: P; request: RequestInfo; req: ApiRequest };

/** A Next.js route handler that can also be served without the Fetch API. */
export type ApiRoute<P> = ((req: Request, route: { params: Promise<P> }) => Promise<Response>) & {
  serve(req: ApiRequest, params: P): Promise<ApiAnswer>;
};

/**
 * `handler` returns the JSON body of the answer (sent with `options.status`, 200 by default;
 * with 204 nothing is sent).
 */
export function withApiAuth<P = Record<string, string>>(
  handler: (ctx: ApiContext<P>) => Promise<unknown>,
  options: { permission: ApiTokenPermission; status?: number },
): ApiRoute<P> {
  const status = options.status ?? 200;
  const serve = async (req: ApiRequest, params: P): Promise<ApiAnswer> => {
    try {
      const proxyHops = env().STRONGROOM_TRUST_PROXY;
      enforceRateLimit("ip", throttleKey(req.header, proxyHops));
      const request: RequestInfo = { ip: clientIp(req.header, proxyHops), userAgent: userAgent(req.header) };
      const actor = await authenticateApiToken(req.header("authorization"), { request });
      enforceRateLimit("token", actor.tokenId);
      if (!actor.permissions.has(options.permission)) await denyPermission(actor, options.permission, req, request);
      const body = await handler({ actor, params, request, req });
      return { status, body: status === 204 ? undefined : body, headers: { ...NO_STORE } };
    } catch (e) {
      return errorAnswer(e);
    }
  };
  const route = async (req: Request, ctx: { params: Promise<P> }) =>
    toFetchResponse(await serve(fromFetchRequest(req), await ctx.params));
  return Object.assign(route, { serve });
}

async function denyPermission(
  actor: TokenActor,
  permission: ApiTokenPermission,
  req: ApiRequest,
  request: RequestInfo,
): Promise<never> {
  await recordAudit({
    orgId: actor.orgId,
    actor: actorAudit(actor),
    action: "api.permission_denied",
    outcome: "DENIED",
    detail: { permission, method: req.method, path: req.path.slice(0, 200) },
    request,
  });
  throw new ForbiddenError(`This token lacks the "${permission}" permission.`);
}

/** Reads the JSON body (at most 256 KiB, else 413) and parses it with `schema` (422 with fields). */
export async function parseJsonBody<S extends z.ZodType>(
  req: ApiRequest,
  schema: S,
  extra?: Record<string, unknown>,
): Promise<z.output<S>> {
  const body = await req.json();
  const input = extra && body && typeof body === "object" && !Array.isArray(body) ? { ...body, ...extra } : body;
  return parseInput(schema, input);
}

/** Parses the query string with `schema` (422 with fields). */
export function parseQuery<S extends z.ZodType>(req: ApiRequest, schema: S): z.output<S> {
  return parseInput(schema, Object.fromEntries(req.query));
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ValidationError("The request has invalid fields.", zodFieldErrors(parsed.error));
  return parsed.data;
}

/** An error as an API Response, for routes outside /api/v1 that answer in the API's error shape. */
export function apiError(e: unknown): Response {
  return toFetchResponse(errorAnswer(e));
}
