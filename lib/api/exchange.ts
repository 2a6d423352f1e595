// The REST API's requests and answers, free of any transport. Every /api/v1 handler
// (lib/authz/route.ts) takes an ApiRequest and gives an ApiAnswer; fetch-exchange.ts adapts
// the Fetch API (Next.js route handlers) and node-http.ts adapts node:http (the resolver
// process), so the hot path pays for no Request/Response objects it does not need.
import "server-only";
import { isAppError, RateLimitError } from "../errors/index.ts";

export type ApiRequest = {
  method: string;
  /** The path without the query string, e.g. "/api/v1/secrets/db/resolve". */
  path: string;
  query: URLSearchParams;
  /** A header by its lower-case name. */
  header(name: string): string | null;
  /** The body parsed as JSON: 413 above MAX_BODY_BYTES, 422 when it is not JSON. */
  json(): Promise<unknown>;
};

export type ApiAnswer = {
  status: number;
  /** Sent as JSON; undefined: no body (204). */
  body?: unknown;
  headers: Record<string, string>;
};

/** Every API answer carries it: nothing the API sends may be cached. */
export const NO_STORE = { "Cache-Control": "no-store" } as const;

/** An error as the API reports it: { error: { code, message, fields? } } with the error's status. */
export function errorAnswer(e: unknown): ApiAnswer {
  if (isAppError(e)) {
    const headers: Record<string, string> = { ...NO_STORE };
    if (e instanceof RateLimitError) headers["Retry-After"] = String(e.retryAfterSeconds);
    return {
      status: e.status,
      body: { error: { code: e.code, message: e.message, ...(e.fieldErrors ? { fields: e.fieldErrors } : {}) } },
      headers,
    };
  }
  console.error("strongroom: unexpected error in API route:", e instanceof Error ? e.name : typeof e);
  return { status: 500, body: { error: { code: "internal", message: "Internal error." } }, headers: { ...NO_STORE } };
}
