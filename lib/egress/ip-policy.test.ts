import ipaddr from "ipaddr.js";
import { describe, expect, it } from "vitest";
import { canonicalAddress, IPV4_RANGES, IPV6_RANGES, refusalReason } from "./ip-policy.ts";

describe("refusalReason", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["::1", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["169.254.1.1", "link-local"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["fc00::1", "unique-local"],
    ["fd12:3456::1", "unique-local"],
    ["100.64.0.1", "shared (CGNAT)"],
    ["224.0.0.1", "multicast"],
    ["ff02::1", "multicast"],
    ["0.0.0.0", "unspecified"],
    ["::", "unspecified"],
    ["169.254.169.254", "metadata"],
    ["fd00:ec2::254", "metadata"],
    ["255.255.255.255", "reserved"],
    ["192.0.2.10", "reserved"],
    ["::127.0.0.1", "reserved"],
  ])("refuses %s (%s)", (address, reason) => {
    expect(refusalReason(address)).toBe(reason);
  });

  it.each([
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:169.254.169.254", "metadata"],
    ["64:ff9b::10.0.0.1", "private"],
    ["2002:c0a8:0101::1", "private"],
  ])("judges %s by the IPv4 address inside it (%s)", (address, reason) => {
    expect(refusalReason(address)).toBe(reason);
  });

  it.each([
    "93.184.216.34",
    "8.8.8.8",
    "172.32.0.1",
    "100.128.0.1",
    "2606:4700::1111",
    "::ffff:8.8.8.8",
    "64:ff9b::8.8.8.8",
  ])("allows the public address %s", (address) => {
    expect(refusalReason(address)).toBeNull();
  });

  it("treats anything that is not an address as refused", () => {
    expect(refusalReason("not-an-ip")).toBe("reserved");
  });
});

describe("canonicalAddress", () => {
  it("gives one form to equal addresses", () => {
    expect(canonicalAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(canonicalAddress("0:0:0:0:0:0:0:1")).toBe(canonicalAddress("::1"));
    expect(canonicalAddress("FD00:EC2:0::254")).toBe(canonicalAddress("fd00:ec2::254"));
  });
});

// Every special-purpose range in both families (IANA registries), by a typical address.
describe("refusalReason: every range", () => {
  it.each([
    ["0.1.2.3", "unspecified"],
    ["10.255.255.255", "private"],
    ["100.127.255.255", "shared (CGNAT)"],
    ["127.8.8.8", "loopback"],
    ["169.254.0.1", "link-local"],
    ["172.20.1.1", "private"],
    ["192.0.0.8", "reserved"],
    ["192.0.2.1", "reserved"], // TEST-NET-1
    ["198.51.100.7", "reserved"], // TEST-NET-2
    ["203.0.113.9", "reserved"], // TEST-NET-3
    ["192.88.99.1", "reserved"],
    ["192.168.255.1", "private"],
    ["198.18.0.1", "reserved"],
    ["198.19.255.255", "reserved"],
    ["239.255.255.250", "multicast"],
    ["240.0.0.1", "reserved"],
    ["255.255.255.255", "reserved"],
    ["::", "unspecified"],
    ["::1", "loopback"],
    ["0:0:0:0:0:0:0:1", "loopback"],
    ["fe80::1", "link-local"],
    ["febf:ffff::1", "link-local"],
    ["fec0::1", "private"], // site-local, deprecated
    ["fc00::1", "unique-local"],
    ["fdff:ffff::1", "unique-local"],
    ["ff05::2", "multicast"],
    ["100::1", "reserved"], // discard
    ["2001:2::1", "reserved"], // benchmarking
    ["2001:10::1", "reserved"], // ORCHID
    ["2001:20::1", "reserved"], // ORCHIDv2
    ["2001:30::1", "reserved"], // drone remote ID
    ["2001:db8::1", "reserved"], // documentation
    ["3fff::1", "reserved"], // documentation (RFC 9637)
    ["5f00::1", "reserved"], // segment routing
    ["4000::1", "reserved"], // outside global unicast
    ["::2:0:0:1", "reserved"], // outside global unicast (0000::/8)
    ["e000::1", "reserved"],
  ])("refuses %s (%s)", (address, reason) => {
    expect(refusalReason(address)).toBe(reason);
  });

  const PUBLIC = ["1.1.1.1", "192.31.196.1", "192.175.48.6", "2001:4860:4860::8888", "2a00:1450::1"];
  PUBLIC.push("2620:4f:8000::1", "2001:3::1"); // AS112, AMT
  it.each(PUBLIC)("allows the public address %s", (address) => {
    expect(refusalReason(address)).toBeNull();
  });

  it("has a verdict for every range ipaddr.js knows", () => {
    const names = (proto: object) => (proto as { SpecialRanges: Record<string, unknown> }).SpecialRanges;
    for (const [table, ranges] of [
      [IPV4_RANGES, names(ipaddr.IPv4.prototype)],
      [IPV6_RANGES, names(ipaddr.IPv6.prototype)],
    ] as const) {
      expect(Object.keys(ranges).filter((name) => !Object.hasOwn(table, name))).toEqual([]);
    }
  });
});

describe("refusalReason: IPv6 forms that embed an IPv4 address", () => {
  it.each([
    // IPv4-mapped ::ffff:0:0/96: judged by the IPv4 address.
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:10.0.0.1", "private"],
    ["::ffff:169.254.169.254", "metadata"],
    // IPv4-translated ::ffff:0:0:0/96 (the issue's [::ffff:0:7f00:1]): refused outright.
    ["::ffff:0:7f00:1", "reserved"],
    ["::ffff:0:127.0.0.1", "reserved"],
    ["::ffff:0:808:808", "reserved"],
    // IPv4-compatible ::/96 (deprecated): refused outright.
    ["::127.0.0.1", "reserved"],
    ["::7f00:1", "reserved"],
    ["::8.8.8.8", "reserved"],
    // NAT64 64:ff9b::/96: judged by the IPv4 address.
    ["64:ff9b::127.0.0.1", "loopback"],
    ["64:ff9b::a00:1", "private"],
    ["64:ff9b::a9fe:a9fe", "metadata"],
    ["64:ff9b::c000:201", "reserved"],
    // Local-use NAT64 64:ff9b:1::/48: refused outright.
    ["64:ff9b:1::808:808", "private"],
    ["64:ff9b:1:ffff::1", "private"],
    // 6to4 2002::/16: the relay's IPv4 address must pass.
    ["2002:7f00:1::1", "loopback"],
    ["2002:a9fe:a9fe::1", "metadata"],
    ["2002:c0a8:101::1", "private"],
    ["2002:6440:1::1", "shared (CGNAT)"],
    // Teredo 2001::/32 (server and obfuscated client address): refused outright.
    ["2001:0:4136:e378:8000:63bf:3fff:fdd2", "reserved"],
    ["2001:0:7f00:1::1", "reserved"],
    // ISATAP (interface identifier [02]00:5efe:a.b.c.d): the IPv4 address must pass, and the prefix.
    ["2a00:1450:4001:0:0:5efe:7f00:1", "loopback"],
    ["2a00:1450:4001:0:200:5efe:a00:1", "private"],
    ["fe80::5efe:808:808", "link-local"],
  ])("%s: %s", (address, reason) => {
    expect(refusalReason(address)).toBe(reason);
  });

  const PUBLIC = ["::ffff:1.1.1.1", "64:ff9b::808:808", "64:ff9b::8.8.8.8", "2002:808:808::1"];
  PUBLIC.push("2a00:1450:4001:0:200:5efe:808:808");
  it.each(PUBLIC)("allows %s, which stands for or tunnels to a public IPv4 address", (address) => {
    expect(refusalReason(address)).toBeNull();
  });

  it("reads every spelling of an address alike (dotted tail, zone, brackets, case)", () => {
    const spellings = ["::ffff:0:7f00:1", "[::FFFF:0:7F00:1]", "0:0:0:0:ffff:0:127.0.0.1", "::ffff:0:7f00:1%eth0"];
    for (const spelling of spellings) {
      expect(refusalReason(spelling)).toBe("reserved");
    }
    expect(refusalReason("[fd00:ec2:0::254]")).toBe("metadata");
  });

  it("refuses what node:net does not read as an address", () => {
    for (const text of ["127.1", "0x7f.0.0.1", "0177.0.0.1", "2130706433", "1.2.3.04", "::ffff:1.2.3", "", "[::1"]) {
      expect(refusalReason(text)).toBe("reserved");
    }
  });
});
