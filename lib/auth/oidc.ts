// Optional single sign-on through any OpenID Connect provider (Keycloak, Entra ID, Okta,
// Authentik...). Enabled when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are all set; a
// partial configuration is refused at start-up (oidc-settings.mjs).
// There is no self-registration: the provider's e-mail must belong to an existing, enabled user.
import "server-only";
import type { OAuthConfig } from "next-auth/providers/oauth";
import type { Env } from "../env/index.ts";
import { recordAuthEvent } from "./auth-audit.ts";
import { userAuthEvent } from "./auth-event.ts";
import { looksLikeEmail, normalizeEmail } from "./email.ts";
import { findLoginUser, registerSuccess } from "./login-attempts.ts";
import { getRequestInfo } from "./request-info.ts";

export const OIDC_PROVIDER_ID = "oidc";

type OidcProfile = {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
  preferred_username?: string;
};

export function oidcConfigured(e: Env): boolean {
  return Boolean(e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET);
}

/** The button label's provider name ("Sign in with <name>"), or null when OIDC is off. */
export function oidcDisplayName(e: Env): string | null {
  return oidcConfigured(e) ? (e.OIDC_NAME ?? "SSO") : null;
}

export function oidcProvider(e: Env): OAuthConfig<OidcProfile> | null {
  if (!oidcConfigured(e)) return null;
  const issuer = e.OIDC_ISSUER!.replace(/\/+$/, "");
  return {
    id: OIDC_PROVIDER_ID,
    name: e.OIDC_NAME ?? "SSO",
    type: "oauth",
    issuer,
    wellKnown: `${issuer}/.well-known/openid-configuration`,
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    // PKCE (S256), state and the ID token's nonce are each created per sign-in and checked on return.
    checks: ["pkce", "state", "nonce"],
    profile(profile) {
      return {
        id: profile.sub,
        email: normalizeEmail(profile.email),
        name: profile.name ?? profile.preferred_username ?? profile.email ?? profile.sub,
      };
    },
  };
}

/** The Strongroom user an OIDC identity signs in as, or null (unknown, unverified or disabled). */
export async function oidcUser(profileEmail: unknown, emailVerified: unknown) {
  const email = normalizeEmail(profileEmail);
  if (emailVerified === false || !looksLikeEmail(email)) return null;
  const user = await findLoginUser(email);
  return user && !user.disabledAt ? user : null;
}

/** next-auth `signIn` callback for OIDC: accept existing users only, audit either way. */
export async function acceptOidcSignIn(
  profile: { email?: unknown; email_verified?: unknown } | undefined,
): Promise<boolean> {
  const request = await getRequestInfo();
  const user = await oidcUser(profile?.email, profile?.email_verified);
  if (!user) {
    await recordAuthEvent({
      orgId: null,
      actor: { type: "ANONYMOUS", label: normalizeEmail(profile?.email).slice(0, 256) || "(no e-mail)" },
      action: "auth.sign_in_failed",
      outcome: "FAILURE",
      detail: { reason: "oidc_no_matching_user", method: "oidc" },
      request,
    });
    return false;
  }
  await registerSuccess(user.id, Date.now());
  await recordAuthEvent(userAuthEvent(user, "auth.sign_in", request, { method: "oidc" }));
  return true;
}
