import { describe, expect, it } from "vitest";
import { isAllowListed, parseAllowList } from "./allow-list.ts";

const dest = (hostname: string, address: string, port = 80) => ({ hostname, address, port });

describe("parseAllowList", () => {
  it("reads host, host:port, addresses, bracketed IPv6 and CIDR entries", () => {
    const list = parseAllowList(" api.internal , 127.0.0.1:8080,10.0.0.0/8, [::1]:9000, fd00::/8,::1 ");
    expect(list.invalid).toEqual([]);
    expect(list.entries.map((e) => e.kind)).toEqual(["host", "address", "cidr", "address", "cidr", "address"]);
  });
  it("reports invalid entries", () => {
    expect(parseAllowList("10.0.0.0/33,host:99999,a b,ok.example").invalid).toEqual([
      "10.0.0.0/33",
      "host:99999",
      "a b",
    ]);
  });
  it("is empty when unset", () => {
    expect(parseAllowList(undefined)).toEqual({ entries: [], invalid: [] });
  });
});

describe("isAllowListed", () => {
  const list = parseAllowList("127.0.0.1:8080,10.0.0.0/8,localhost:3000,[::1]:9000,169.254.0.0/16");
  it("matches an address with its port only", () => {
    expect(isAllowListed(list, dest("127.0.0.1", "127.0.0.1", 8080))).toBe(true);
    expect(isAllowListed(list, dest("127.0.0.1", "127.0.0.1", 8081))).toBe(false);
    expect(isAllowListed(list, dest("anything.test", "::ffff:127.0.0.1", 8080))).toBe(true);
  });
  it("matches CIDR ranges on the resolved address", () => {
    expect(isAllowListed(list, dest("db.internal", "10.9.8.7", 5432))).toBe(true);
    expect(isAllowListed(list, dest("db.internal", "192.168.0.1", 5432))).toBe(false);
  });
  it("matches host entries on the URL's host name", () => {
    expect(isAllowListed(list, dest("LOCALHOST.", "127.0.0.1", 3000))).toBe(true);
    expect(isAllowListed(list, dest("localhost", "127.0.0.1", 3001))).toBe(false);
  });
  it("matches bracketed IPv6 entries", () => {
    expect(isAllowListed(list, dest("::1", "::1", 9000))).toBe(true);
  });
  it("matches IPv6 CIDR ranges, and IPv4 ranges for IPv4-mapped addresses", () => {
    const v6 = parseAllowList("fd00::/8,2001:db8:0:1::/64");
    expect(isAllowListed(v6, dest("a.internal", "fd12:3456::1", 443))).toBe(true);
    expect(isAllowListed(v6, dest("a.internal", "fc00::1", 443))).toBe(false);
    expect(isAllowListed(v6, dest("b.internal", "2001:db8:0:1:ffff::1", 443))).toBe(true);
    expect(isAllowListed(v6, dest("b.internal", "2001:db8:0:2::1", 443))).toBe(false);
    expect(isAllowListed(list, dest("db.internal", "::ffff:10.9.8.7", 5432))).toBe(true);
  });
  it("matches an embedding form only when it is named", () => {
    const named = parseAllowList("[::ffff:0:7f00:1]:8080");
    expect(isAllowListed(named, dest("::ffff:0:7f00:1", "::ffff:0:127.0.0.1", 8080))).toBe(true);
    expect(isAllowListed(named, dest("127.0.0.1", "127.0.0.1", 8080))).toBe(false);
    expect(isAllowListed(list, dest("x", "::ffff:0:7f00:1", 8080))).toBe(false);
  });
  it("allows a metadata address only by its exact address", () => {
    expect(isAllowListed(list, dest("169.254.169.254", "169.254.169.254"))).toBe(false);
    expect(isAllowListed(list, dest("169.254.10.10", "169.254.10.10"))).toBe(true);
    expect(isAllowListed(parseAllowList("169.254.169.254"), dest("x", "169.254.169.254"))).toBe(true);
    expect(isAllowListed(parseAllowList("169.254.169.254"), dest("x", "::ffff:169.254.169.254"))).toBe(true);
    expect(isAllowListed(parseAllowList("0.0.0.0/0,::/0"), dest("x", "fd00:ec2::254"))).toBe(false);
    expect(isAllowListed(parseAllowList("64:ff9b::/96,2002::/16"), dest("x", "64:ff9b::a9fe:a9fe"))).toBe(false);
    expect(isAllowListed(parseAllowList("64:ff9b::/96,2002::/16"), dest("x", "2002:a9fe:a9fe::1"))).toBe(false);
  });
});
