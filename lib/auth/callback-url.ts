// Where to go after signing in (or out). Only paths of the portal's own origin are accepted, and
// what is returned is always the path as the URL parser normalized it, never the raw input:
// "/..//evil.example" is a relative path, but it normalizes to "//evil.example", which a browser
// reads as another host. Pure and never throws; safe to import from client components.

export const DEFAULT_AFTER_SIGN_IN = "/secrets";

// Stands in for the portal's origin when it is not known (relative input only).
const PLACEHOLDER_ORIGIN = "http://strongroom.invalid";
const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

function originOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const origin = new URL(url).origin;
    return origin === "null" ? null : origin;
  } catch {
    return null;
  }
}

/**
 * `value` as a path of `origin` ("/a?b#c"), normalized, or null when it leaves the origin or is
 * not a URL. Absolute URLs are accepted only when `origin` (the portal's URL) is given and matches.
 */
export function sameOriginPath(value: unknown, origin?: string | null): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return null;
  // Control characters (the URL parser silently drops tabs and newlines: "/\t/evil" → "//evil")
  // and backslashes (read as "/" in http URLs) have no place in a path we hand out.
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return null;
  if (!value.startsWith("/") && !SCHEME.test(value)) return null;
  const base = originOf(origin) ?? PLACEHOLDER_ORIGIN;
  let url: URL;
  try {
    url = new URL(value, `${base}/`);
  } catch {
    return null;
  }
  if (url.origin !== base || url.username || url.password) return null;
  if (SCHEME.test(value) && base === PLACEHOLDER_ORIGIN) return null;
  const path = url.pathname + url.search + url.hash;
  // The normalized path must still be a path on its own: "//host" would be another origin.
  if (!path.startsWith("/") || path.startsWith("//")) return null;
  return path;
}

/** The page to open after signing in: a same-origin path that is not the sign-in machinery itself. */
export function safeCallbackPath(value: unknown, options: { origin?: string | null; fallback?: string } = {}): string {
  const fallback = options.fallback ?? DEFAULT_AFTER_SIGN_IN;
  const path = sameOriginPath(value, options.origin);
  if (!path) return fallback;
  const pathname = path.replace(/[?#].*$/, "");
  if (pathname === "/login" || pathname === "/api/auth" || pathname.startsWith("/api/auth/")) return fallback;
  return path;
}
