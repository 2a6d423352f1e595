// Calling /api/v1 route handlers directly: a Request, the route's params as a Promise (as
// Next 16 passes them), and tokens created through the real service.
import { createApiToken, resetRateLimits, clearTokenCache } from "../../lib/api-tokens/index.ts";
import { createApiTokenSchema, type CreateApiTokenInput } from "../../lib/api-tokens/schema.ts";
import { resetEnvCache } from "../../lib/env/index.ts";
import type { OrgFixture } from "./org.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each route types its own params
type Handler = (req: Request, ctx: { params: Promise<any> }) => Promise<Response>;

export type CallOptions = {
  token?: string | null;
  body?: unknown;
  rawBody?: string;
  params?: Record<string, string>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
};

export async function call(handler: Handler, method: string, path: string, o: CallOptions = {}) {
  const url = new URL(`http://localhost/api/v1${path}`);
  for (const [k, v] of Object.entries(o.query ?? {})) url.searchParams.set(k, v);
  const headers: Record<string, string> = { "user-agent": "vitest", ...o.headers };
  if (o.token) headers.authorization = `Bearer ${o.token}`;
  const body = o.rawBody ?? (o.body === undefined ? undefined : JSON.stringify(o.body));
  if (body !== undefined) headers["content-type"] = "application/json";
  const res = await handler(new Request(url, { method, headers, body }), { params: Promise.resolve(o.params ?? {}) });
  const text = await res.text();
  // Tests read whichever fields the answer under test has.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: res.status, headers: res.headers, text, json: text ? (JSON.parse(text) as any) : null };
}

/** A token of the fixture organization, created by its Account Holder. */
export async function tokenFor(org: OrgFixture, input: Partial<CreateApiTokenInput> = {}): Promise<string> {
  const some = Array.isArray(input.environmentIds) && input.environmentIds.length > 0;
  const data = createApiTokenSchema.parse({
    orgId: org.orgId,
    name: `t-${Math.random().toString(36).slice(2, 8)}`,
    permissions: ["read", "resolve", "write"],
    environmentIds: [],
    allEnvironments: !some,
    ...input,
  });
  return (await createApiToken(org.actors.holder, data)).token;
}

/** Rate limits for the following calls (0 = off), and a clean token cache. */
export function configureApi({ perToken = 0, perIp = 0 } = {}) {
  process.env.STRONGROOM_API_RATE_PER_TOKEN = String(perToken);
  process.env.STRONGROOM_API_RATE_PER_IP = String(perIp);
  resetEnvCache();
  resetRateLimits();
  clearTokenCache();
}
