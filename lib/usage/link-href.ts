// Which consumer URLs may become links (PRODUCT.md §4 "kind, name, link"): an absolute http(s)
// URL without credentials, or a path of the portal itself. Used by the declaration schema (to
// refuse a bad URL with a clear message) and by "Where used" (so that a URL stored before this
// rule renders as plain text). Pure: no server-only import, the browser bundle uses it too.
// A portal path follows the sign-in redirect's rule (sameOriginPath): "/..//evil.example" is a
// path, but resolves to "//evil.example", another host.
import { sameOriginPath } from "../auth/callback-url.ts";

// Whitespace, control and format characters (bidi overrides, zero-width), and backslashes,
// which browsers read as "/" in http(s) URLs ("/\evil.example" is "//evil.example").
const FORBIDDEN = /[\s\p{C}\\]/u;

function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

export type LinkCheck = { href: string; external: boolean } | { problem: string };

export function checkLinkHref(raw: string): LinkCheck {
  if (FORBIDDEN.test(raw)) return { problem: "Consumer URL cannot contain spaces, backslashes or control characters." };
  if (raw.startsWith("/")) {
    const path = sameOriginPath(raw);
    return path ? { href: path, external: false } : { problem: "A path in the portal starts with a single /." };
  }
  // The scheme must be followed by "//": "https:evil.example" parses, but is not what it says.
  const url = /^https?:\/\/[^/]/i.test(raw) ? parse(raw) : null;
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) {
    return { problem: "Consumer URL must be an http(s) URL or a path in the portal (starting with /)." };
  }
  if (url.username || url.password) return { problem: "Consumer URL cannot contain a user name or password." };
  if (!url.hostname) return { problem: "Consumer URL must name a host." };
  return { href: url.href, external: true };
}

/** The href to render for a consumer URL, or null when it must be shown as plain text. */
export function safeLinkHref(raw: string | null | undefined): { href: string; external: boolean } | null {
  if (!raw) return null;
  const checked = checkLinkHref(raw);
  return "href" in checked ? checked : null;
}
