// Response headers every Strongroom server sends (the portal through next.config.mjs and the
// proxy, the lean resolver process directly), and the Content Security Policies. Plain
// JavaScript: next.config.mjs imports it as it is.
export const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  // No referrer leaves the portal (its paths hold ids, invitation links their tokens); within it
  // the browser still names the page's origin, so a form posted without JavaScript carries the
  // Origin the server action check needs (with no-referrer it would say "null").
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** For answers that are not pages (API JSON, assets): nothing may load from them or frame them. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Sent only on answers served over https (see `servedOverHttps`): two years, subdomains too. */
export const STRICT_TRANSPORT_SECURITY = {
  key: "Strict-Transport-Security",
  value: "max-age=63072000; includeSubDomains",
};

/**
 * The policy of a portal page, with this request's nonce. Scripts run only with the nonce (Next
 * puts it on its own scripts) or when loaded by such a script ('strict-dynamic'); 'self' is the
 * fallback for browsers without 'strict-dynamic'. Styles take the nonce too, so inline style
 * elements without it are refused. Development adds what `next dev` needs: 'unsafe-eval' (React
 * rebuilds server stacks with eval) and inline styles (the error overlay).
 */
export function pageContentSecurityPolicy({ nonce, dev = false, https = false }) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' ${dev ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    // Sign-in and sign-out post with fetch; single sign-on leaves by navigation (window.location),
    // which form-action does not govern.
    "form-action 'self'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/**
 * Whether the client reached the portal over https: its public URL (NEXTAUTH_URL) is https, or
 * the trusted reverse proxy in front of it says so.
 */
export function servedOverHttps({ publicUrl, trustProxy, forwardedProto }) {
  if (publicUrl?.startsWith("https://")) return true;
  return Boolean(trustProxy) && forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
}

/** The headers of an API answer (the resolver process sends these itself). */
export function apiSecurityHeaders({ https }) {
  return [
    ...SECURITY_HEADERS,
    { key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY },
    ...(https ? [STRICT_TRANSPORT_SECURITY] : []),
  ];
}
