// IP address literals and CIDR ranges. node:net validates (strictly: ipaddr.js alone would also
// read "127.1" or "0x7f.0.0.1"), ipaddr.js parses, node:net's BlockList matches ranges. Pure.
import ipaddr from "ipaddr.js";
import { BlockList, isIP } from "node:net";

export type ParsedAddress = ipaddr.IPv4 | ipaddr.IPv6;

/** Brackets and an IPv6 zone id ("%eth0") do not change which host an address names. */
const bare = (text: string) =>
  text
    .trim()
    .replace(/^\[(.*)\]$/, "$1")
    .replace(/%.*$/, "");

// ipaddr.js reads "::a.b.c.d" as ::ffff:a.b.c.d; it is ::a.b.c.d (IPv4-compatible), as the
// system resolver prints it. A dotted tail goes in as two hex groups.
const hexTail = (v6: string) =>
  v6.replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_, a, b, c, d) => {
    const group = (hi: string, lo: string) => (Number(hi) * 256 + Number(lo)).toString(16);
    return `${group(a, b)}:${group(c, d)}`;
  });

export function parseAddress(text: string): ParsedAddress | null {
  const address = bare(text);
  const family = isIP(address);
  if (family === 4) return ipaddr.IPv4.parse(address);
  if (family === 6) return ipaddr.IPv6.parse(hexTail(address));
  return null;
}

export const isIPv6 = (a: ParsedAddress): a is ipaddr.IPv6 => a.kind() === "ipv6";

/** One text per address: IPv4 dotted quad (also for ::ffff:a.b.c.d), IPv6 as RFC 5952. */
export function formatAddress(a: ParsedAddress): string {
  return isIPv6(a) && a.isIPv4MappedAddress() ? a.toIPv4Address().toString() : a.toString();
}

/** The IPv4 address held in two 16-bit groups of an IPv6 address, from group `at`. */
export function ipv4At(a: ipaddr.IPv6, at: number): ipaddr.IPv4 {
  const [hi, lo] = [a.parts[at]!, a.parts[at + 1]!];
  return new ipaddr.IPv4([hi >> 8, hi & 255, lo >> 8, lo & 255]);
}

/** A CIDR range ("10.0.0.0/8", "fd00::/8") or a single address as a /32 or /128. */
export type Cidr = { family: 4 | 6; network: string; bits: number; blocks: BlockList };

export function parseCidr(text: string): Cidr | null {
  const [addr, prefix, ...rest] = text.trim().split("/");
  if (rest.length || !addr) return null;
  const parsed = parseAddress(addr);
  if (!parsed) return null;
  const family = isIPv6(parsed) ? 6 : 4;
  const max = family === 4 ? 32 : 128;
  if (prefix !== undefined && !/^\d{1,3}$/.test(prefix)) return null;
  const bits = prefix === undefined ? max : Number(prefix);
  if (bits > max) return null;
  const blocks = new BlockList();
  blocks.addSubnet(parsed.toString(), bits, family === 4 ? "ipv4" : "ipv6");
  return { family, network: parsed.toString(), bits, blocks };
}

/** Whether `a` is in the range; an IPv4-mapped address (::ffff:a.b.c.d) is in its IPv4 ranges. */
export function inCidr(a: ParsedAddress, cidr: Cidr): boolean {
  return cidr.blocks.check(a.toString(), a.kind());
}
