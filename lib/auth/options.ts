// next-auth configuration: JWT sessions (they survive a restart; each carries the id of its
// UserSession record, and every use is re-checked against the database by session.ts), e-mail +
// password, and optional OIDC single sign-on.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "../env/index.ts";
import { authorizeCredentials } from "./authorize.ts";
import { DEFAULT_AFTER_SIGN_IN, sameOriginPath } from "./callback-url.ts";
import { clientIp, headerGetter, throttleKey, userAgent } from "./client-address.ts";
import { databaseAuthorizeDeps } from "./login-attempts.ts";
import { acceptOidcSignIn, OIDC_PROVIDER_ID, oidcProvider, oidcUser } from "./oidc.ts";
import { getRequestInfo } from "./request-info.ts";
import { endSession } from "./sign-out.ts";
import { SignInError } from "./sign-in-errors.ts";
import { createUserSession, SESSION_MAX_AGE_SECONDS } from "./user-sessions.ts";

export { SESSION_MAX_AGE_SECONDS };

function buildAuthOptions(): NextAuthOptions {
  const e = env();
  const oidc = oidcProvider(e);

  const credentials = CredentialsProvider({
    id: "credentials",
    name: "E-mail and password",
    credentials: {
      email: { label: "E-mail", type: "email" },
      password: { label: "Password", type: "password" },
    },
    async authorize(input, req) {
      const get = headerGetter(req?.headers);
      const hops = env().STRONGROOM_TRUST_PROXY;
      try {
        return await authorizeCredentials(
          input,
          { ip: clientIp(get, hops), userAgent: userAgent(get), throttleKey: throttleKey(get, hops) },
          databaseAuthorizeDeps(),
        );
      } catch (err) {
        if (err instanceof SignInError) throw err;
        // next-auth hands an Error's message to the browser: never let an unexpected one through.
        console.error("[auth] unexpected error during sign-in", err);
        throw new Error("server_error");
      }
    },
  });

  return {
    secret: e.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/login", error: "/login" },
    providers: oidc ? [credentials, oidc] : [credentials],
    callbacks: {
      // Every redirect next-auth makes (after sign-in, sign-out, the OIDC round trip): the
      // normalized same-origin path, never the raw callbackUrl (its default throws a 500 on
      // unparsable URLs and passes "/..//host" through).
      redirect({ url, baseUrl }) {
        return `${baseUrl}${sameOriginPath(url, baseUrl) ?? DEFAULT_AFTER_SIGN_IN}`;
      },
      async signIn({ account, profile }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        try {
          return await acceptOidcSignIn(profile as { email?: unknown; email_verified?: unknown } | undefined);
        } catch (err) {
          console.error("[auth] unexpected error during OIDC sign-in", err);
          return false;
        }
      },
      async jwt({ token, user, account, profile }) {
        if (!account) return token; // not a sign-in: keep the token as it is
        let signedIn = {
          id: user.id,
          email: user.email ?? "",
          name: user.name ?? "",
          sessionVersion: user.sessionVersion ?? 0,
        };
        if (account.provider === OIDC_PROVIDER_ID) {
          const p = profile as { email?: unknown; email_verified?: unknown } | undefined;
          const dbUser = await oidcUser(p?.email ?? user?.email, p?.email_verified);
          if (!dbUser) throw new Error("AccessDenied");
          signedIn = dbUser;
        }
        const sessionId = await createUserSession(signedIn.id, await getRequestInfo());
        return {
          sub: signedIn.id,
          userId: signedIn.id,
          email: signedIn.email,
          name: signedIn.name,
          sessionVersion: signedIn.sessionVersion,
          sessionId,
        };
      },
      async session({ session, token }) {
        return {
          expires: session.expires,
          user: { id: token.userId ?? "", email: token.email ?? "", name: token.name ?? "" },
          sessionVersion: token.sessionVersion ?? -1,
          sessionId: token.sessionId,
        };
      },
    },
    events: {
      // POST /api/auth/signout (CSRF-checked by next-auth) hands over the decoded JWT.
      async signOut({ token }) {
        await endSession(token);
      },
    },
  };
}

export const authOptions: NextAuthOptions = buildAuthOptions();
