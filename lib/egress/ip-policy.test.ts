import { describe, expect, it } from "vitest";
import { canonicalAddress, refusalReason } from "./ip-policy.ts";

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

  it.each(["93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "::ffff:8.8.8.8", "64:ff9b::8.8.8.8"])(
    "allows the public address %s",
    (address) => {
      expect(refusalReason(address)).toBeNull();
    },
  );

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
