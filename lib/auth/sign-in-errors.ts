// Error codes that the credentials `authorize` throws (next-auth passes an Error's message to
// the client as `error`), and the words shown for them. Pure; safe to import from client
// components. Codes never carry anything but a number of minutes.

export const WRONG_CREDENTIALS_MESSAGE = "Wrong e-mail or password.";
export const GENERIC_SIGN_IN_MESSAGE = "Sign-in failed. Try again.";

export type SignInErrorCode =
  { kind: "invalid_credentials" } | { kind: "locked"; minutes: number } | { kind: "rate_limited"; minutes: number };

export function encodeSignInError(code: SignInErrorCode): string {
  return code.kind === "invalid_credentials" ? code.kind : `${code.kind}:${code.minutes}`;
}

export function decodeSignInError(raw: string | null | undefined): SignInErrorCode | null {
  if (!raw) return null;
  if (raw === "invalid_credentials" || raw === "CredentialsSignin") return { kind: "invalid_credentials" };
  const m = /^(locked|rate_limited):(\d{1,6})$/.exec(raw);
  if (!m) return null;
  return { kind: m[1] as "locked" | "rate_limited", minutes: Math.max(1, Number(m[2])) };
}

const minutes = (n: number) => `${n} ${n === 1 ? "minute" : "minutes"}`;

/** The message for an error code returned by next-auth (credentials or OIDC); never echoes unknown text. */
export function signInErrorMessage(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const code = decodeSignInError(raw);
  if (code?.kind === "invalid_credentials") return WRONG_CREDENTIALS_MESSAGE;
  if (code?.kind === "locked") return `Too many failed sign-in attempts. Try again in ${minutes(code.minutes)}.`;
  if (code?.kind === "rate_limited")
    return `Too many sign-in attempts from your network. Try again in ${minutes(code.minutes)}.`;
  if (raw === "AccessDenied") {
    return "Your single sign-on account is not linked to a Strongroom user. Ask an Account Holder to invite you with this e-mail address.";
  }
  if (raw === "SessionRequired") return "Sign in to continue.";
  return GENERIC_SIGN_IN_MESSAGE;
}

export class SignInError extends Error {
  constructor(readonly code: SignInErrorCode) {
    super(encodeSignInError(code));
    this.name = "SignInError";
  }
}
