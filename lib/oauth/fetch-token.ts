// The client credentials grant (RFC 6749 §4.4) through the outgoing-request guard. The client
// authenticates with HTTP Basic (§2.3.1: form-encoded id and secret, then base64) or with
// client_id/client_secret in the body, as the secret's `clientAuth` says.
import "server-only";
import { guardedFetch, type GuardedOptions } from "../egress/index.ts";
import { OAuthError, parseTokenResponse, type TokenResponse } from "./token-response.ts";

export type ClientCredentials = {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  scopes: string | null;
  clientAuth: "basic" | "body";
};

const formEncode = (s: string) => new URLSearchParams({ v: s }).toString().slice(2);

/** The strings of a token request that must never be shown (for redaction by callers). */
export function basicCredential(c: ClientCredentials): string {
  return Buffer.from(`${formEncode(c.clientId)}:${formEncode(c.clientSecret)}`, "utf8").toString("base64");
}

export async function fetchToken(c: ClientCredentials, opts: GuardedOptions = {}): Promise<TokenResponse> {
  const form = new URLSearchParams({ grant_type: "client_credentials" });
  if (c.scopes) form.set("scope", c.scopes);
  const headers: Record<string, string> = {
    "Content-Type": "application/x-www-form-urlencoded",
    Accept: "application/json",
    "User-Agent": "Strongroom",
  };
  if (c.clientAuth === "body") {
    form.set("client_id", c.clientId);
    form.set("client_secret", c.clientSecret);
  } else {
    headers.Authorization = `Basic ${basicCredential(c)}`;
  }
  // No redirects: a redirected POST would carry the client secret to wherever it points.
  const res = await guardedFetch(
    { method: "POST", url: c.tokenUrl, headers, body: form.toString() },
    { maxBytes: 64 * 1024, ...opts, maxRedirects: 0 },
  ).catch((e: unknown) => {
    if (e instanceof Error && (e as { code?: string }).code === "egress_redirects") {
      throw new OAuthError("The token URL redirects elsewhere; enter the final token URL in the secret.");
    }
    throw e;
  });
  if (res.status >= 300 && res.status < 400) {
    throw new OAuthError(
      `The token URL answered with a redirect (HTTP ${res.status}); enter the final token URL in the secret.`,
    );
  }
  const clean = (s: string) => (c.clientSecret ? s.split(c.clientSecret).join("[REDACTED]") : s);
  return parseTokenResponse(res.status, res.body.toString("utf8"), c.scopes, clean);
}
