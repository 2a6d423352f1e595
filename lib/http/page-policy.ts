// The proxy's part in the Content Security Policy: every page request gets a fresh nonce and its
// policy on the request headers — Next.js reads `Content-Security-Policy` from there while it
// renders and puts the nonce on its own scripts and styles (pages must be rendered per request:
// app/layout.tsx) — and the same policy, and HSTS over https, on the answer. API routes and
// Next's assets get the fixed API policy from next.config.mjs instead.
import { NextRequest, NextResponse, type NextMiddleware } from "next/server";
import { env } from "@/lib/env";
import { pageContentSecurityPolicy, servedOverHttps, STRICT_TRANSPORT_SECURITY } from "./security-headers.mjs";

/** Paths that are no pages: they reach the proxy only for the action guard's matchers. */
const NOT_PAGES = /^\/(?:api|_next)(?:\/|$)/;

/**
 * Runs `next` (the rest of the proxy) on the request with the nonce and policy in its headers;
 * when it returns nothing, the request goes on to Next with them.
 */
export async function withPagePolicy(
  req: NextRequest,
  next: (req: NextRequest) => ReturnType<NextMiddleware>,
): Promise<Response> {
  if (NOT_PAGES.test(req.nextUrl.pathname)) return NextResponse.next();
  const e = env();
  const https = servedOverHttps({
    publicUrl: e.NEXTAUTH_URL,
    trustProxy: e.STRONGROOM_TRUST_PROXY > 0,
    forwardedProto: req.headers.get("x-forwarded-proto"),
  });
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = pageContentSecurityPolicy({ nonce, dev: e.NODE_ENV === "development", https });
  const headers = new Headers(req.headers);
  headers.set("content-security-policy", policy);
  const answer = (await next(new NextRequest(req, { headers }))) ?? NextResponse.next({ request: { headers } });
  answer.headers.set("Content-Security-Policy", policy);
  if (https) answer.headers.set(STRICT_TRANSPORT_SECURITY.key, STRICT_TRANSPORT_SECURITY.value);
  return answer;
}
