// The portal's public address (NEXTAUTH_URL) against where it is actually served. Links in
// e-mails (invitations, reminders) are built from NEXTAUTH_URL, so if people reach the portal
// at another address those links lead elsewhere. Plain JavaScript: scripts/server.mjs warns at
// start-up, and the Outbox page says where its links point.

const ANY_HOST = new Set(["0.0.0.0", "::", "[::]", ""]);
const LOOPBACK = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

const portOf = (u) => Number(u.port || (u.protocol === "https:" ? 443 : 80));

/**
 * Why NEXTAUTH_URL may not be the address people use, or null. `listen` is where this server
 * listens; `hops` the trusted proxies in front (then the public address is the proxy's, and
 * only an unset or unparsable NEXTAUTH_URL is reported).
 */
export function publicUrlProblem(publicUrl, listen, hops) {
  if (!publicUrl) {
    return (
      "NEXTAUTH_URL is not set: links in e-mails (invitations, reminders) use the address of the request " +
      "that sent them. Set it to the portal's public address."
    );
  }
  let u;
  try {
    u = new URL(publicUrl);
  } catch {
    return (
      `NEXTAUTH_URL (${publicUrl}) is not a URL: set it to the portal's public address, ` +
      "e.g. https://secrets.example.com."
    );
  }
  if (hops > 0) return null;
  const host = u.hostname.toLowerCase();
  const listenHost = String(listen.host ?? "").toLowerCase();
  const samePort = portOf(u) === Number(listen.port);
  const sameHost = ANY_HOST.has(listenHost) || host === listenHost || (LOOPBACK.has(host) && LOOPBACK.has(listenHost));
  if (samePort && sameHost) return null;
  const at = `${listenHost && !ANY_HOST.has(listenHost) ? listenHost : "all interfaces"}, port ${listen.port}`;
  return (
    `NEXTAUTH_URL is ${u.origin}, but this server listens on ${at} without a trusted proxy ` +
    `(STRONGROOM_TRUST_PROXY): links in e-mails (invitations, reminders) point to ${u.origin}. ` +
    "Set NEXTAUTH_URL to the address people use."
  );
}

/** Whether a link built from NEXTAUTH_URL leads somewhere else than the page being viewed (origin of the request). */
export function linksPointElsewhere(publicUrl, requestOrigin) {
  if (!publicUrl || !requestOrigin) return false;
  try {
    return new URL(publicUrl).origin !== new URL(requestOrigin).origin;
  } catch {
    return false;
  }
}
