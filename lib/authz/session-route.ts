// The route-handler form of the action pipeline, for portal routes outside /api/v1 (which use
// withApiAuth): sessionRoute loads the signed-in user like defineAction, publicRoute serves what
// needs no session. Errors answer in the API's shape (401/403/404/409/413/422; unexpected ones
// logged without values, answered "Internal error."). The lint rule
// strongroom/route-handlers-use-wrapper refuses a route handler made any other way.
import "server-only";
import { requireCurrentSession } from "../auth/session.ts";
import { clientIp, userAgent } from "../auth/client-address.ts";
import type { RequestInfo } from "../audit/index.ts";
import { env } from "../env/index.ts";
import type { ActionContext, PublicContext } from "./action.ts";
import { apiError } from "./route.ts";

export type RouteContext<P, C> = C & { req: Request; params: P };
export type PortalRoute<P> = (req: Request, route: { params: Promise<P> }) => Promise<Response>;

function wrap<P, C>(
  loadContext: (request: RequestInfo) => Promise<C>,
  handler: (ctx: RouteContext<P, C>) => Promise<Response>,
): PortalRoute<P> {
  return async (req, route) => {
    try {
      const get = (name: string) => req.headers.get(name);
      const ctx = await loadContext({ ip: clientIp(get, env().STRONGROOM_TRUST_PROXY), userAgent: userAgent(get) });
      return await handler({ ...ctx, req, params: await route.params });
    } catch (e) {
      return apiError(e);
    }
  };
}

/** Session tier: 401 without a signed-in user. */
export function sessionRoute<P = Record<string, string>>(
  handler: (ctx: RouteContext<P, ActionContext>) => Promise<Response>,
): PortalRoute<P> {
  return wrap(async (request) => ({ ...(await requireCurrentSession()), request }), handler);
}

/** Public tier: no session (documents that reveal nothing). */
export function publicRoute<P = Record<string, string>>(
  handler: (ctx: RouteContext<P, PublicContext>) => Promise<Response>,
): PortalRoute<P> {
  return wrap(async (request) => ({ request }), handler);
}
