// Parsing IP address literals into numbers, for range checks. Pure; node:net only validates.
import { isIPv4, isIPv6 } from "node:net";

export type ParsedAddress = { family: 4; value: number } | { family: 6; value: bigint };

export function parseIPv4(address: string): number | null {
  if (!isIPv4(address)) return null;
  return address.split(".").reduce((n, part) => n * 256 + Number(part), 0);
}

/** The 128-bit value of an IPv6 literal (zone id ignored; a trailing dotted quad accepted). */
export function parseIPv6(address: string): bigint | null {
  const bare = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (!isIPv6(bare)) return null;
  let text = bare;
  const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (quad) {
    const v4 = parseIPv4(quad[1]!)!;
    text = `${text.slice(0, -quad[1]!.length)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.includes("::") ? text.split("::") : [text, undefined];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill("0"), ...right];
  if (groups.length !== 8) return null;
  return groups.reduce((n, g) => (n << 16n) | BigInt(parseInt(g || "0", 16)), 0n);
}

export function parseAddress(address: string): ParsedAddress | null {
  const v4 = parseIPv4(address);
  if (v4 !== null) return { family: 4, value: v4 };
  const v6 = parseIPv6(address);
  return v6 === null ? null : { family: 6, value: v6 };
}

/** A CIDR range ("10.0.0.0/8", "fd00::/8") or a single address as a /32 or /128. */
export type Cidr = { family: 4 | 6; base: bigint; bits: number };

export function parseCidr(text: string): Cidr | null {
  const [addr, prefix, ...rest] = text.split("/");
  if (rest.length || !addr) return null;
  const parsed = parseAddress(addr);
  if (!parsed) return null;
  const max = parsed.family === 4 ? 32 : 128;
  if (prefix !== undefined && !/^\d{1,3}$/.test(prefix)) return null;
  const bits = prefix === undefined ? max : Number(prefix);
  if (bits > max) return null;
  return { family: parsed.family, base: BigInt(parsed.value), bits };
}

export function inCidr(address: ParsedAddress, cidr: Cidr): boolean {
  if (address.family !== cidr.family) return false;
  const width = BigInt(cidr.family === 4 ? 32 : 128);
  const shift = width - BigInt(cidr.bits);
  return BigInt(address.value) >> shift === cidr.base >> shift;
}

/** The IPv4 address inside an IPv4-mapped IPv6 address (::ffff:a.b.c.d), or null. */
export function mappedIPv4(address: ParsedAddress): ParsedAddress | null {
  if (address.family !== 6 || address.value >> 32n !== 0xffffn) return null;
  return { family: 4, value: Number(address.value & 0xffffffffn) };
}

export function formatIPv4(value: number): string {
  return [24, 16, 8, 0].map((s) => (value >>> s) & 255).join(".");
}
