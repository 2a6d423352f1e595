// Next 16's request proxy (formerly middleware): sends visitors without a session to the sign-in
// page. It only redirects — every page, server action and route handler still authenticates
// and authorizes on the server (the session is re-checked against the database there).
import { NextResponse } from "next/server";
import { withAuth } from "next-auth/middleware";

/** Request header carrying the requested path, so a server layout can build a callbackUrl. */
const PATH_HEADER = "x-strongroom-path";

export default withAuth(
  function proxy(req) {
    const headers = new Headers(req.headers);
    headers.set(PATH_HEADER, `${req.nextUrl.pathname}${req.nextUrl.search}`);
    return NextResponse.next({ request: { headers } });
  },
  { pages: { signIn: "/login" } },
);

export const config = {
  matcher: [
    // Everything except: the sign-in page, invitation links (accepted before any account
    // exists; the page checks the link itself), next-auth's endpoints, the machine API (bearer
    // tokens, checked by its handlers), the QA test hooks (404 unless STRONGROOM_TEST_HOOKS=1),
    // Next's assets, and files with an extension.
    "/((?!login(?:/|$)|invitations(?:/|$)|api/auth(?:/|$)|api/v1(?:/|$)|api/test(?:/|$)|_next/|favicon\\.ico$|robots\\.txt$|.*\\.[a-zA-Z0-9]+$).*)",
  ],
};
