// The Fetch API's Request/Response ↔ ApiRequest/ApiAnswer (exchange.ts), for Next.js route handlers.
import "server-only";
import type { ApiAnswer, ApiRequest } from "./exchange.ts";
import { readJsonBody } from "./read-body.ts";

export function fromFetchRequest(req: Request): ApiRequest {
  const url = new URL(req.url);
  return {
    method: req.method,
    path: url.pathname,
    query: url.searchParams,
    header: (name) => req.headers.get(name),
    json: () => readJsonBody(req),
  };
}

export function toFetchResponse(answer: ApiAnswer): Response {
  if (answer.body === undefined) return new Response(null, { status: answer.status, headers: answer.headers });
  return Response.json(answer.body, { status: answer.status, headers: answer.headers });
}
