// The CSRF rule for requests that change state from a browser (server actions, the Import
// route): the Origin header names this portal's host, which is Next.js's own rule for server
// actions — the host from `x-forwarded-host` (set by the reverse proxy) or else `host`.
// Browsers send Origin on every POST; a missing, opaque ("null") or malformed one is refused.

/** Headers by lower-case name (a Fetch API Headers object fits). */
type HeaderSource = { get(name: string): string | null };

export function isSameOrigin(headers: HeaderSource): boolean {
  const origin = headers.get("origin");
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  if (!origin || !host) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  return originHost !== "" && originHost.toLowerCase() === host.toLowerCase();
}
