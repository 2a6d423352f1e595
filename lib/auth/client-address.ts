// The client's address from request headers. Pure; used by request-info.ts and authorize.ts.
//
// `next start` fills X-Forwarded-For with the socket address only when the request has no such
// header, so a client can put anything there. It is therefore believed only when
// STRONGROOM_TRUST_PROXY is set (a reverse proxy in front appends the address it saw: the
// right-most entry). Otherwise `ip` is null, and the header serves only as a best-effort key
// for the sign-in rate limit (`throttleKey`).

export type HeaderGetter = (name: string) => string | null | undefined;

const MAX_UA = 512;

function forwardedEntries(get: HeaderGetter): string[] {
  const raw = get("x-forwarded-for");
  if (!raw) return [];
  return raw
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s.length <= 64 && /^[0-9a-fA-F:.[\]]+$/.test(s));
}

export function clientIp(get: HeaderGetter, trustProxy: boolean): string | null {
  if (!trustProxy) return null;
  const entries = forwardedEntries(get);
  return entries.at(-1) ?? null;
}

export function userAgent(get: HeaderGetter): string | null {
  const ua = get("user-agent");
  return ua ? ua.slice(0, MAX_UA) : null;
}

/** Key of the per-client sign-in bucket: the trusted address, else the unverified header, else one shared key. */
export function throttleKey(get: HeaderGetter, trustProxy: boolean): string {
  const ip = clientIp(get, trustProxy);
  if (ip) return `ip:${ip}`;
  const entries = forwardedEntries(get);
  return entries[0] ? `unverified:${entries[0]}` : "unknown";
}

/** Adapts a plain header record (as next-auth passes to `authorize`) to a getter. */
export function headerGetter(headers: Record<string, unknown> | Headers | undefined | null): HeaderGetter {
  if (!headers) return () => null;
  if (typeof (headers as Headers).get === "function") return (name) => (headers as Headers).get(name);
  const record = headers as Record<string, unknown>;
  return (name) => {
    const v = record[name] ?? record[name.toLowerCase()];
    if (Array.isArray(v)) return v.join(", ");
    return typeof v === "string" ? v : null;
  };
}
