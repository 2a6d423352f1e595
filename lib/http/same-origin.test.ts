import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin.ts";

const h = (init: Record<string, string>) => new Headers(init);

describe("isSameOrigin", () => {
  it("accepts the portal's own origin, by the forwarded host when a proxy sets one", () => {
    expect(isSameOrigin(h({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }))).toBe(true);
    const proxied = { host: "127.0.0.1:3000", "x-forwarded-host": "secrets.example.com" };
    expect(isSameOrigin(h({ origin: "https://secrets.example.com", ...proxied }))).toBe(true);
    expect(isSameOrigin(h({ origin: "https://Secrets.Example.com", host: "secrets.example.com" }))).toBe(true);
  });

  it("refuses another site, and a missing, opaque or malformed Origin, without throwing", () => {
    expect(isSameOrigin(h({ origin: "http://evil.example", host: "127.0.0.1:3000" }))).toBe(false);
    const proxied = { host: "127.0.0.1:3000", "x-forwarded-host": "secrets.example.com" };
    expect(isSameOrigin(h({ origin: "http://127.0.0.1:3000", ...proxied }))).toBe(false);
    expect(isSameOrigin(h({ host: "127.0.0.1:3000" }))).toBe(false);
    for (const origin of ["null", "x", "", "file://", "data:,x"]) {
      expect(isSameOrigin(h({ origin, host: "127.0.0.1:3000" }))).toBe(false);
    }
  });
});
