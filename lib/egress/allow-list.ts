// The administrator's egress allow-list (STRONGROOM_EGRESS_ALLOW): comma-separated `host`,
// `host:port`, IP address, `[IPv6]:port` or CIDR entries. A host entry matches the URL's host
// name; an address or CIDR entry matches the resolved address. Pure.
import { canonicalAddress, isMetadataAddress } from "./ip-policy.ts";
import { inCidr, parseAddress, parseCidr, type Cidr } from "./ip-address.ts";

export type AllowEntry =
  | { kind: "host"; host: string; port: number | null }
  | { kind: "address"; address: string; port: number | null }
  | { kind: "cidr"; cidr: Cidr };

export type AllowList = { entries: AllowEntry[]; invalid: string[] };

const HOST = /^(?=.{1,253}$)[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*$/;

export function normalizeHost(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, "")
    .replace(/\.$/, "");
}

function parsePort(text: string | undefined): number | null | undefined {
  if (text === undefined) return null;
  if (!/^\d{1,5}$/.test(text) || Number(text) < 1 || Number(text) > 65535) return undefined;
  return Number(text);
}

export function parseAllowEntry(raw: string): AllowEntry | null {
  const text = raw.trim();
  if (text.includes("/")) {
    const cidr = parseCidr(text);
    return cidr ? { kind: "cidr", cidr } : null;
  }
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  if (bracketed) {
    const port = parsePort(bracketed[2]);
    const address = canonicalAddress(bracketed[1]!);
    return address && port !== undefined ? { kind: "address", address, port } : null;
  }
  const direct = canonicalAddress(text);
  if (direct) return { kind: "address", address: direct, port: null };
  const [host, portText, ...rest] = text.split(":");
  const port = parsePort(portText);
  if (rest.length || port === undefined || !host) return null;
  const address = canonicalAddress(host);
  if (address) return { kind: "address", address, port };
  const name = normalizeHost(host);
  return HOST.test(name) ? { kind: "host", host: name, port } : null;
}

export function parseAllowList(spec: string | undefined): AllowList {
  const entries: AllowEntry[] = [];
  const invalid: string[] = [];
  for (const raw of (spec ?? "").split(",")) {
    if (!raw.trim()) continue;
    const entry = parseAllowEntry(raw);
    if (entry) entries.push(entry);
    else invalid.push(raw.trim());
  }
  return { entries, invalid };
}

export type Destination = { hostname: string; address: string; port: number };

/**
 * Whether a destination is allow-listed. Cloud metadata addresses are allowed only by an
 * entry naming that exact address — never through a CIDR range or a host name.
 */
export function isAllowListed(list: AllowList, d: Destination): boolean {
  const host = normalizeHost(d.hostname);
  const address = canonicalAddress(d.address);
  const parsed = parseAddress(d.address);
  const metadata = isMetadataAddress(d.address);
  return list.entries.some((e) => {
    if (e.kind === "address") return e.address === address && (e.port === null || e.port === d.port);
    if (metadata) return false;
    if (e.kind === "host") return e.host === host && (e.port === null || e.port === d.port);
    return !!parsed && inCidr(parsed, e.cidr);
  });
}
