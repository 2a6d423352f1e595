// Which destination addresses outgoing requests refuse unless allow-listed (PRODUCT.md §5
// rule 7): loopback, private, link-local, unique-local, CGNAT, multicast, unspecified,
// reserved and documentation ranges, and the cloud metadata endpoints. IPv6 forms that embed
// an IPv4 address (mapped, NAT64, 6to4) are judged by the embedded address. Pure.
import { formatIPv4, inCidr, mappedIPv4, parseAddress, parseCidr, type Cidr, type ParsedAddress } from "./ip-address.ts";

export type RefusalReason =
  | "metadata"
  | "loopback"
  | "private"
  | "link-local"
  | "unique-local"
  | "shared (CGNAT)"
  | "multicast"
  | "unspecified"
  | "reserved";

/** How a refusal reads in an error message ("it is a private address"). */
export const REFUSAL_LABELS: Record<RefusalReason, string> = {
  metadata: "a cloud metadata address",
  loopback: "a loopback address",
  private: "a private address",
  "link-local": "a link-local address",
  "unique-local": "a unique-local address",
  "shared (CGNAT)": "a shared (CGNAT) address",
  multicast: "a multicast address",
  unspecified: "an unspecified address",
  reserved: "a reserved address",
};

/** Cloud metadata endpoints (AWS/GCP/Azure/OpenStack IPv4, AWS IPv6). */
export const METADATA_ADDRESSES = ["169.254.169.254", "fd00:ec2::254"] as const;

const RANGES: [string, RefusalReason][] = [
  ["0.0.0.0/8", "unspecified"],
  ["10.0.0.0/8", "private"],
  ["100.64.0.0/10", "shared (CGNAT)"],
  ["127.0.0.0/8", "loopback"],
  ["169.254.0.0/16", "link-local"],
  ["172.16.0.0/12", "private"],
  ["192.0.0.0/24", "reserved"],
  ["192.0.2.0/24", "reserved"],
  ["192.88.99.0/24", "reserved"],
  ["192.168.0.0/16", "private"],
  ["198.18.0.0/15", "reserved"],
  ["198.51.100.0/24", "reserved"],
  ["203.0.113.0/24", "reserved"],
  ["224.0.0.0/4", "multicast"],
  ["240.0.0.0/4", "reserved"],
  ["::/128", "unspecified"],
  ["::1/128", "loopback"],
  ["::/96", "reserved"],
  ["64:ff9b:1::/48", "private"],
  ["100::/64", "reserved"],
  ["2001:db8::/32", "reserved"],
  ["2001::/32", "reserved"],
  ["fc00::/7", "unique-local"],
  ["fe80::/10", "link-local"],
  ["fec0::/10", "private"],
  ["ff00::/8", "multicast"],
];

const PARSED: [Cidr, RefusalReason][] = RANGES.map(([cidr, reason]) => [parseCidr(cidr)!, reason]);
const NAT64 = parseCidr("64:ff9b::/96")!;
const SIX_TO_FOUR = parseCidr("2002::/16")!;

/** The IPv4 address an IPv6 address stands for (mapped, NAT64 or 6to4), or null. */
function embeddedIPv4(a: ParsedAddress): ParsedAddress | null {
  if (a.family !== 6) return null;
  const mapped = mappedIPv4(a);
  if (mapped) return mapped;
  if (inCidr(a, NAT64)) return { family: 4, value: Number(a.value & 0xffffffffn) };
  if (inCidr(a, SIX_TO_FOUR)) return { family: 4, value: Number((a.value >> 80n) & 0xffffffffn) };
  return null;
}

/** The canonical form used for comparisons: IPv4 dotted quad, or the IPv6 value in hex. */
export function canonicalAddress(address: string): string | null {
  const a = parseAddress(address);
  if (!a) return null;
  const v4 = embeddedIPv4(a);
  if (v4 && mappedIPv4(a)) return formatIPv4(v4.value as number);
  return a.family === 4 ? formatIPv4(a.value) : `v6:${a.value.toString(16)}`;
}

const METADATA = new Set(METADATA_ADDRESSES.map((a) => canonicalAddress(a)));

/** Why requests to `address` are refused by default, or null for a public address. */
export function refusalReason(address: string): RefusalReason | null {
  const a = parseAddress(address);
  if (!a) return "reserved";
  if (METADATA.has(canonicalAddress(address))) return "metadata";
  const v4 = embeddedIPv4(a);
  if (v4) {
    const inner = refusalReason(formatIPv4(v4.value as number));
    if (inner) return inner;
    if (mappedIPv4(a)) return null;
  }
  for (const [cidr, reason] of PARSED) if (inCidr(a, cidr)) return reason;
  return null;
}

export function isMetadataAddress(address: string): boolean {
  return METADATA.has(canonicalAddress(address));
}
