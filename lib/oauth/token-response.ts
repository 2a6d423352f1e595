// Reading a token endpoint's answer (RFC 6749 §5.1 success, §5.2 error). Pure. Messages never
// contain the access token; an error description is shortened and passed through `clean`
// (which the caller uses to redact the client secret, should a server echo it).
import { AppError } from "../errors/index.ts";

export class OAuthError extends AppError {
  constructor(message: string, code = "oauth_failed") {
    super(message, code, 502);
  }
}

export type TokenResponse = { accessToken: string; tokenType: string; scope: string | null; expiresIn: number | null };

function parseBody(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    // Some providers answer application/x-www-form-urlencoded.
    return /(^|&)(access_token|error)=/.test(text.trim()) ? Object.fromEntries(new URLSearchParams(text.trim())) : null;
  }
}

const short = (v: unknown, clean: (s: string) => string) =>
  clean(String(v))
    .replace(/[\r\n\t]+/g, " ")
    .slice(0, 200);

export function parseTokenResponse(
  status: number,
  text: string,
  requestedScopes: string | null,
  clean: (s: string) => string = (s) => s,
): TokenResponse {
  const body = parseBody(text);
  if (status < 200 || status >= 300 || !body || typeof body.access_token !== "string") {
    if (body && typeof body.error === "string") {
      const description = body.error_description ? ` — ${short(body.error_description, clean)}` : "";
      throw new OAuthError(
        `The token server refused the request (HTTP ${status}): ${short(body.error, clean)}${description}.`,
      );
    }
    throw new OAuthError(
      status >= 200 && status < 300
        ? `The token server answered HTTP ${status} without an access token.`
        : `The token server answered HTTP ${status} without a token.`,
    );
  }
  if (!body.access_token) throw new OAuthError("The token server answered with an empty access token.");
  const tokenType = typeof body.token_type === "string" && body.token_type ? body.token_type : "Bearer";
  if (tokenType.toLowerCase() !== "bearer") {
    throw new OAuthError(
      `The token server issued a "${short(tokenType, clean)}" token; only Bearer tokens can be sent.`,
    );
  }
  const expires = typeof body.expires_in === "string" ? Number(body.expires_in) : body.expires_in;
  const expiresIn = typeof expires === "number" && Number.isFinite(expires) && expires > 0 ? expires : null;
  // §5.1: the scope may be left out when it is the one requested.
  const scope = typeof body.scope === "string" ? body.scope : requestedScopes;
  return { accessToken: body.access_token, tokenType: "Bearer", scope: scope || null, expiresIn };
}
