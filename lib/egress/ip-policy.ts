// Which destination addresses outgoing requests refuse unless allow-listed (PRODUCT.md §5
// rule 7): loopback, private, link-local, unique-local, CGNAT, multicast, unspecified,
// reserved, benchmarking and documentation ranges, IPv6 outside global unicast, and the cloud
// metadata endpoints. Ranges are ipaddr.js's special-purpose tables, each given a verdict here.
// IPv6 forms that embed an IPv4 address are decided in EMBEDDINGS. Pure.
import type ipaddr from "ipaddr.js";
import { formatAddress, inCidr, ipv4At, isIPv6, parseAddress, parseCidr } from "./ip-address.ts";
import type { Cidr, ParsedAddress } from "./ip-address.ts";

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

// The verdict on each range name of ipaddr.js's `range()`; null: reachable on the internet. A
// name missing here (a range a later ipaddr.js adds) is refused until someone decides on it.
export const IPV4_RANGES: Record<string, RefusalReason | null> = {
  unicast: null,
  unspecified: "unspecified", // 0.0.0.0/8
  broadcast: "reserved", // 255.255.255.255
  multicast: "multicast", // 224.0.0.0/4
  linkLocal: "link-local", // 169.254.0.0/16
  loopback: "loopback", // 127.0.0.0/8
  carrierGradeNat: "shared (CGNAT)", // 100.64.0.0/10
  private: "private", // 10/8, 172.16/12, 192.168/16
  // 192.0.0/24, documentation (192.0.2/24, 198.51.100/24, 203.0.113/24), 192.88.99/24,
  // benchmarking 198.18/15, 240/4
  reserved: "reserved",
  as112: null, // anycast DNS servers (RFC 7534, 7535)
  amt: null, // multicast tunnelling relays (RFC 7450)
};

export const IPV6_RANGES: Record<string, RefusalReason | null> = {
  unicast: null, // then: only 2000::/3 (global unicast) is reachable
  unspecified: "unspecified", // ::
  loopback: "loopback", // ::1
  linkLocal: "link-local", // fe80::/10
  multicast: "multicast", // ff00::/8
  uniqueLocal: "unique-local", // fc00::/7
  deprecatedSiteLocal: "private", // fec0::/10
  discard: "reserved", // 100::/64
  benchmarking: "reserved", // 2001:2::/48
  deprecatedOrchid: "reserved", // 2001:10::/28
  orchid2: "reserved", // 2001:20::/28
  droneRemoteIdProtocolEntityTags: "reserved", // 2001:30::/28
  segmentRouting: "reserved", // 5f00::/16
  reserved: "reserved", // 2001::/23, documentation 2001:db8::/32 and 3fff::/20
  amt: null, // 2001:3::/32
  as112v6: null, // 2001:4:112::/48, 2620:4f:8000::/48
  // Embedding forms, decided in EMBEDDINGS before this table is read.
  ipv4Mapped: "reserved",
  rfc6145: "reserved",
  rfc6052: "reserved",
  teredo: "reserved",
  "6to4": null,
};

const GLOBAL_UNICAST = parseCidr("2000::/3")!;

/**
 * IPv6 forms that embed an IPv4 address, and what decides them:
 * - "ipv4": the address stands for the IPv4 address (a dual-stack socket or a NAT64 gateway
 *   connects to it), which alone decides;
 * - "both": the embedded IPv4 address is a tunnel end point (6to4 relay, ISATAP router): it
 *   must pass, and so must the IPv6 address itself;
 * - a reason: refused outright, because no public service is reached that way and the embedded
 *   address is ambiguous or obfuscated.
 */
type Embedding = { form: string; range: Cidr | null; at: number; verdict: "ipv4" | "both" | RefusalReason };
const EMBEDDINGS: Embedding[] = [
  { form: "IPv4-mapped (::ffff:0:0/96)", range: parseCidr("::ffff:0:0/96"), at: 6, verdict: "ipv4" },
  { form: "NAT64 well-known prefix (64:ff9b::/96)", range: parseCidr("64:ff9b::/96"), at: 6, verdict: "ipv4" },
  // Stateless translation (RFC 6145): only meaningful inside a translator's network.
  { form: "IPv4-translated (::ffff:0:0:0/96)", range: parseCidr("::ffff:0:0:0/96"), at: 6, verdict: "reserved" },
  // Deprecated by RFC 4291; some stacks still tunnel them to the IPv4 address.
  { form: "IPv4-compatible (::/96)", range: parseCidr("::/96"), at: 6, verdict: "reserved" },
  // Local-use NAT64 (RFC 8215): the operator's own translator, prefix length unknown.
  { form: "local NAT64 (64:ff9b:1::/48)", range: parseCidr("64:ff9b:1::/48"), at: 6, verdict: "private" },
  // Teredo (RFC 4380): a server address and an obfuscated client address and port; legacy.
  { form: "Teredo (2001::/32)", range: parseCidr("2001::/32"), at: 2, verdict: "reserved" },
  { form: "6to4 (2002::/16)", range: parseCidr("2002::/16"), at: 1, verdict: "both" },
  // ISATAP (RFC 5214): any prefix, interface identifier [02]00:5efe:a.b.c.d.
  { form: "ISATAP (::0:5efe:0:0/96 in any /64)", range: null, at: 6, verdict: "both" },
];

const isIsatap = (a: ipaddr.IPv6) => (a.parts[4]! & 0xfcff) === 0 && a.parts[5] === 0x5efe;

/** The embedding forms of an IPv6 address, each with the IPv4 address it holds. */
function embeddings(a: ipaddr.IPv6): { form: Embedding; ipv4: ipaddr.IPv4 }[] {
  const forms = EMBEDDINGS.filter((e) => (e.range ? inCidr(a, e.range) : isIsatap(a)));
  return forms.map((form) => ({ form, ipv4: ipv4At(a, form.at) }));
}

/** The canonical form used for comparisons: IPv4 dotted quad (also when mapped), IPv6 as RFC 5952. */
export function canonicalAddress(address: string): string | null {
  const a = parseAddress(address);
  return a ? formatAddress(a) : null;
}

const METADATA = new Set(METADATA_ADDRESSES.map((a) => canonicalAddress(a)));

const verdict = (table: Record<string, RefusalReason | null>, name: string) =>
  Object.hasOwn(table, name) ? table[name]! : "reserved";

function judge(a: ParsedAddress): RefusalReason | null {
  if (METADATA.has(formatAddress(a))) return "metadata";
  if (!isIPv6(a)) return verdict(IPV4_RANGES, a.range());
  const name = a.range();
  if (name === "unspecified" || name === "loopback") return name;
  const embedded = embeddings(a);
  const whole = embedded.find((e) => e.form.verdict !== "both");
  if (whole) return whole.form.verdict === "ipv4" ? judge(whole.ipv4) : (whole.form.verdict as RefusalReason);
  const own = name !== "unicast" ? verdict(IPV6_RANGES, name) : inCidr(a, GLOBAL_UNICAST) ? null : "reserved";
  if (own) return own;
  for (const e of embedded) {
    const inner = judge(e.ipv4);
    if (inner) return inner;
  }
  return null;
}

/** Why requests to `address` are refused by default, or null for a public address. */
export function refusalReason(address: string): RefusalReason | null {
  const a = parseAddress(address);
  return a ? judge(a) : "reserved";
}

/** A metadata endpoint, also inside an IPv6 form that stands for or tunnels to it. */
export function isMetadataAddress(address: string): boolean {
  return refusalReason(address) === "metadata";
}
