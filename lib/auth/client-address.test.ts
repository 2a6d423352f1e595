import { describe, expect, it } from "vitest";
import {
  CLIENT_ADDRESS_HEADER,
  deriveClientAddress,
  normalizeAddress,
  stampClientAddress,
  trustedProxyHops,
} from "../http/client-address.mjs";
import { clientIp, throttleKey } from "./client-address.ts";

/** What the production server hands the application for a connection from `socket` with these headers. */
function stamped(socket: string, headers: Record<string, string>, hops: number) {
  const req = { socket: { remoteAddress: socket }, headers: { ...headers } as Record<string, string | undefined> };
  stampClientAddress(req, hops);
  return (name: string) => req.headers[name] ?? null;
}

describe("trustedProxyHops (STRONGROOM_TRUST_PROXY)", () => {
  it.each([
    [undefined, 0],
    ["", 0],
    ["0", 0],
    ["false", 0],
    ["true", 1],
    ["1", 1],
    ["2", 2],
    [" 3 ", 3],
  ])("%j → %j", (value, hops) => expect(trustedProxyHops(value)).toBe(hops));

  it.each(["yes", "-1", "1.5", "100", "on"])("refuses %j", (value) => expect(trustedProxyHops(value)).toBeNull());
});

describe("deriveClientAddress", () => {
  const xff = "198.51.100.1, 203.0.113.5, 10.0.0.2";

  it("without a trusted proxy: the socket address, whatever X-Forwarded-For says", () => {
    expect(deriveClientAddress("192.0.2.10", xff, 0)).toBe("192.0.2.10");
    expect(deriveClientAddress("::ffff:192.0.2.10", "1.1.1.1", 0)).toBe("192.0.2.10");
  });

  it("with N proxies: the N-th entry from the right", () => {
    expect(deriveClientAddress("10.0.0.1", xff, 1)).toBe("10.0.0.2");
    expect(deriveClientAddress("10.0.0.1", xff, 2)).toBe("203.0.113.5");
    expect(deriveClientAddress("10.0.0.1", xff, 3)).toBe("198.51.100.1");
  });

  it("with fewer entries than proxies: the left-most one (the request skipped a proxy)", () => {
    expect(deriveClientAddress("10.0.0.1", "203.0.113.5", 2)).toBe("203.0.113.5");
    expect(deriveClientAddress("10.0.0.1", undefined, 1)).toBe("10.0.0.1");
  });

  it("stops at an entry no proxy would write", () => {
    expect(deriveClientAddress("10.0.0.1", "203.0.113.5, evil", 2)).toBe("10.0.0.1");
    expect(deriveClientAddress("10.0.0.1", "<script>, 203.0.113.5", 2)).toBe("203.0.113.5");
  });

  it("joins repeated headers and normalizes address forms", () => {
    expect(deriveClientAddress("10.0.0.1", ["198.51.100.1", "203.0.113.5"], 2)).toBe("198.51.100.1");
    expect(normalizeAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normalizeAddress("192.0.2.1:5678")).toBe("192.0.2.1");
    expect(normalizeAddress("not-an-ip")).toBeNull();
  });
});

describe("the application's view of a stamped request", () => {
  it("without a trusted proxy, 25 different X-Forwarded-For headers from one socket are one client", () => {
    const keys = new Set<string>();
    for (let i = 0; i < 25; i++) {
      const get = stamped("192.0.2.10", { "x-forwarded-for": `203.0.113.${i}` }, 0);
      expect(clientIp(get, 0)).toBe("192.0.2.10");
      expect(get("x-forwarded-for")).toBeNull(); // the client's claim is dropped
      keys.add(throttleKey(get, 0));
    }
    expect([...keys]).toEqual(["ip:192.0.2.10"]);
  });

  it("a client cannot send the private header itself", () => {
    const get = stamped("192.0.2.10", { [CLIENT_ADDRESS_HEADER]: "203.0.113.99" }, 0);
    expect(clientIp(get, 0)).toBe("192.0.2.10");
  });

  it("behind one trusted proxy, the address that proxy saw", () => {
    const get = stamped("10.0.0.1", { "x-forwarded-for": "6.6.6.6, 198.51.100.7" }, 1);
    expect(clientIp(get, 1)).toBe("198.51.100.7");
    expect(throttleKey(get, 1)).toBe("ip:198.51.100.7");
  });
});
