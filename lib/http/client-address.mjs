// The client's address, taken from the connection, never from what the client says. Plain
// JavaScript: the production server (scripts/server.mjs) and the resolver process stamp every
// request with it before any application code runs; lib/auth/client-address.ts reads it.
//
// `next start` cannot be used for this: Next fills X-Forwarded-For from the socket only when the
// request has none (`??=` in next/dist/server/base-server.js), so a client can put anything there.
//
// STRONGROOM_TRUST_PROXY is the number of reverse proxies in front of Strongroom (0: none, the
// socket address is the client's). Each proxy appends the address it received the request from
// to X-Forwarded-For, so with N proxies the client is the N-th entry from the right; entries
// further left were written by the client and are never believed.
import { isIP } from "node:net";

/** Private request header holding the stamped address; any incoming copy is removed first. */
export const CLIENT_ADDRESS_HEADER = "x-strongroom-client-address";

const STAMPED = Symbol.for("strongroom.clientAddressStamped");

/** STRONGROOM_TRUST_PROXY as a number of hops: unset/""/"0"/"false" → 0, "true" → 1, "N" → N; else null. */
export function trustedProxyHops(value) {
  const v = (value ?? "").trim().toLowerCase();
  if (v === "" || v === "false") return 0;
  if (v === "true") return 1;
  if (!/^\d{1,2}$/.test(v)) return null;
  return Number(v);
}

/** An address as written by a socket or a proxy ("::ffff:1.2.3.4", "[::1]", "1.2.3.4:5678") in plain form, or null. */
export function normalizeAddress(raw) {
  if (typeof raw !== "string") return null;
  let a = raw.trim();
  if (a.length === 0 || a.length > 64) return null;
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(a);
  if (bracketed) a = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d{1,5}$/.test(a)) a = a.slice(0, a.lastIndexOf(":"));
  if (/^::ffff:\d{1,3}(\.\d{1,3}){3}$/i.test(a)) a = a.slice(7);
  return isIP(a) ? a.toLowerCase() : null;
}

/**
 * The client's address: the socket's, or with `hops` trusted proxies the address the outermost
 * of them saw. A malformed entry ends the walk (it was not written by a proxy of ours).
 */
export function deriveClientAddress(socketAddress, forwardedFor, hops) {
  let address = normalizeAddress(socketAddress);
  if (!(hops > 0)) return address;
  const raw = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const entries = raw
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (let i = 0; i < hops && entries.length > 0; i++) {
    const next = normalizeAddress(entries.pop());
    if (!next) break;
    address = next;
  }
  return address;
}

/**
 * Sets CLIENT_ADDRESS_HEADER on a node:http request from its socket (and trusted proxies), after
 * removing whatever the client sent under that name. Without a trusted proxy the client's own
 * X-Forwarded-For and X-Real-IP are dropped too (Next then fills X-Forwarded-For from the socket).
 */
export function stampClientAddress(req, hops) {
  globalThis[STAMPED] = true;
  const address = deriveClientAddress(req.socket?.remoteAddress, req.headers["x-forwarded-for"], hops);
  delete req.headers[CLIENT_ADDRESS_HEADER];
  if (!(hops > 0)) {
    delete req.headers["x-forwarded-for"];
    delete req.headers["x-real-ip"];
  }
  if (address) req.headers[CLIENT_ADDRESS_HEADER] = address;
}

/** True once this process stamps its requests: only then is CLIENT_ADDRESS_HEADER believed. */
export function clientAddressIsStamped() {
  return globalThis[STAMPED] === true;
}
