import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth";
import { sameOriginPath } from "@/lib/auth/callback-url";
import { env } from "@/lib/env";

const handler = NextAuth(authOptions);

const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

/**
 * next-auth answers a callbackUrl it cannot parse (query or cookie) with a 500. Such a URL is
 * the client's mistake or an attack: refused here with a 400 before next-auth sees it.
 */
async function guarded(req: NextRequest, ctx: { params: Promise<{ nextauth: string[] }> }) {
  const origin = env().NEXTAUTH_URL ?? req.nextUrl.origin;
  const cookies = CALLBACK_COOKIES.map((n) => req.cookies.get(n)?.value ?? null);
  const values = [req.nextUrl.searchParams.get("callbackUrl"), ...cookies];
  if (values.some((v) => v !== null && sameOriginPath(v, origin) === null)) {
    return Response.json({ error: "Invalid callback URL." }, { status: 400, headers: { "Cache-Control": "no-store" } });
  }
  return handler(req, ctx);
}

export { guarded as GET, guarded as POST };
