// Next 16's request proxy (formerly middleware): sends visitors without a session to the sign-in
// page. It only redirects — every page, server action and route handler still authenticates
// and authorizes on the server (the session is re-checked against the database there).
// Security headers and the server action guard live in lib/http (see securityProxy).
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { securityProxy } from "@/lib/http/security-proxy";

/** Request header carrying the requested path, so a server layout can build a callbackUrl. */
const PATH_HEADER = "x-strongroom-path";

const requireSession = withAuth(
  function proxy(req) {
    const headers = new Headers(req.headers);
    headers.set(PATH_HEADER, `${req.nextUrl.pathname}${req.nextUrl.search}`);
    return NextResponse.next({ request: { headers } });
  },
  { pages: { signIn: "/login" } },
);

// Open without a session: the sign-in page, invitation links (accepted before any account
// exists; the page checks the link itself), and files with an extension.
const NO_SESSION_NEEDED = /^\/(?:login|invitations)(?:\/|$)|\.[a-zA-Z0-9]+$/;

export default function proxy(req: NextRequest, event: NextFetchEvent) {
  return securityProxy(req, async (r) => {
    if (NO_SESSION_NEEDED.test(r.nextUrl.pathname)) return undefined;
    return await requireSession(r as NextRequestWithAuth, event);
  });
}

export const config = {
  matcher: [
    // Every page. Not: next-auth's endpoints, the machine API (bearer tokens, checked by its
    // handlers), the QA test hooks (404 unless STRONGROOM_TEST_HOOKS=1), and Next's assets —
    // they get their headers from next.config.mjs.
    "/((?!api(?:/|$)|_next/).*)",
    // Server action calls wherever they are posted (Next answers them on any path).
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    { source: "/:path*", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
  ],
};
