// Signing in with e-mail and password from the sign-in form's server action, so that the form
// works without JavaScript. The same steps as next-auth's credentials callback: the same
// `authorizeCredentials` (throttle, lock-out, audit), the same `jwt` callback of options.ts (it
// creates the UserSession record), the token encoded by next-auth's own `encode`, and the session
// cookie next-auth reads (its default name and attributes for NEXTAUTH_URL's scheme).
import "server-only";
import { cookies, headers } from "next/headers";
import type { Account } from "next-auth";
import { encode, type JWT } from "next-auth/jwt";
import { env } from "../env/index.ts";
import { AppError } from "../errors/index.ts";
import { authorizeCredentials, type AuthorizedUser } from "./authorize.ts";
import { clientIp, throttleKey, userAgent } from "./client-address.ts";
import { databaseAuthorizeDeps } from "./login-attempts.ts";
import { authOptions, SESSION_MAX_AGE_SECONDS } from "./options.ts";
import { GENERIC_SIGN_IN_MESSAGE, SignInError, signInErrorMessage } from "./sign-in-errors.ts";

/** A refused sign-in: the words of sign-in-errors.ts, the same for an unknown e-mail and a wrong password. */
export class SignInRefusedError extends AppError {
  constructor(message: string) {
    super(message, "sign_in_failed", 401);
  }
}

/** Checks the credentials and sets the session cookie; throws SignInRefusedError when refused. */
export async function signInWithPassword(input: { email: string; password: string }): Promise<void> {
  const user = await authorize(input);
  const account: Account = { providerAccountId: user.id, type: "credentials", provider: "credentials" };
  const jwt = authOptions.callbacks?.jwt;
  if (!jwt) throw new Error("the jwt callback is missing");
  const token: JWT = await jwt({
    token: { name: user.name, email: user.email, sub: user.id },
    user,
    account,
    isNewUser: false,
    trigger: "signIn",
  });
  const e = env();
  const secure = e.NEXTAUTH_URL?.startsWith("https://") ?? false;
  const value = await encode({ token, secret: e.NEXTAUTH_SECRET ?? "", maxAge: SESSION_MAX_AGE_SECONDS });
  (await cookies()).set(sessionCookieName(secure), value, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure,
    expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
  });
}

/** next-auth's default session cookie (useSecureCookies follows NEXTAUTH_URL's scheme). */
export function sessionCookieName(secure: boolean): string {
  return `${secure ? "__Secure-" : ""}next-auth.session-token`;
}

async function authorize(input: { email: string; password: string }): Promise<AuthorizedUser> {
  const h = await headers();
  const get = (name: string) => h.get(name);
  const hops = env().STRONGROOM_TRUST_PROXY;
  try {
    return await authorizeCredentials(
      input,
      { ip: clientIp(get, hops), userAgent: userAgent(get), throttleKey: throttleKey(get, hops) },
      databaseAuthorizeDeps(),
    );
  } catch (err) {
    if (err instanceof SignInError)
      throw new SignInRefusedError(signInErrorMessage(err.message) ?? GENERIC_SIGN_IN_MESSAGE);
    console.error("[auth] unexpected error during sign-in", err instanceof Error ? err.name : typeof err);
    throw new SignInRefusedError(GENERIC_SIGN_IN_MESSAGE);
  }
}
