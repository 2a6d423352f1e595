// The client's address and user agent from request headers. Pure; used by request-info.ts,
// the credentials provider (options.ts) and the API wrapper (lib/authz/route.ts).
//
// The address comes from the connection: Strongroom's production server (scripts/server.mjs)
// and the resolver process stamp every request with it in a private header, after dropping any
// copy the client sent (lib/http/client-address.mjs). Where nothing stamps requests (`next dev`,
// a bare `next start`), X-Forwarded-For is believed only from STRONGROOM_TRUST_PROXY trusted
// proxies, else the address is unknown and all such clients share one sign-in bucket.
import {
  CLIENT_ADDRESS_HEADER,
  clientAddressIsStamped,
  deriveClientAddress,
  normalizeAddress,
} from "../http/client-address.mjs";

export type HeaderGetter = (name: string) => string | null | undefined;

const MAX_UA = 512;

/** `trustedHops`: STRONGROOM_TRUST_PROXY, the number of reverse proxies in front (0: none). */
export function clientIp(get: HeaderGetter, trustedHops: number): string | null {
  if (clientAddressIsStamped()) return normalizeAddress(get(CLIENT_ADDRESS_HEADER));
  return trustedHops > 0 ? deriveClientAddress(null, get("x-forwarded-for"), trustedHops) : null;
}

export function userAgent(get: HeaderGetter): string | null {
  const ua = get("user-agent");
  return ua ? ua.slice(0, MAX_UA) : null;
}

/** Key of the per-client sign-in and API buckets: the client's address, else one shared key (never a claim). */
export function throttleKey(get: HeaderGetter, trustedHops: number): string {
  return throttleKeyOf(clientIp(get, trustedHops));
}

/** The same key for an address already derived (an action's request info). */
export function throttleKeyOf(ip: string | null | undefined): string {
  return ip ? `ip:${ip}` : "unknown";
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
