import { describe, expect, it } from "vitest";
import { apiSecurityHeaders, pageContentSecurityPolicy, servedOverHttps } from "./security-headers.mjs";

type Maybe<T> = T | null | undefined;
const over = (publicUrl: string | undefined, trustProxy: boolean | undefined, forwardedProto: Maybe<string>) =>
  servedOverHttps({ publicUrl, trustProxy, forwardedProto });

describe("servedOverHttps", () => {
  it("is true for an https public URL, or an https forwarded protocol from a trusted proxy only", () => {
    expect(over("https://secrets.example.com", false, null)).toBe(true);
    expect(over("http://127.0.0.1:3000", true, "https")).toBe(true);
    expect(over(undefined, true, "HTTPS, http")).toBe(true);
    expect(over("http://127.0.0.1:3000", false, "https")).toBe(false);
    expect(over(undefined, true, "http")).toBe(false);
    expect(over(undefined, undefined, undefined)).toBe(false);
  });
});

describe("pageContentSecurityPolicy", () => {
  it("allows scripts by nonce only in production; development adds eval and inline styles", () => {
    const prod = pageContentSecurityPolicy({ nonce: "abc" });
    expect(prod).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic';");
    expect(prod).toContain("style-src 'self' 'nonce-abc';");
    expect(prod).not.toMatch(/unsafe|upgrade-insecure-requests/);
    const dev = pageContentSecurityPolicy({ nonce: "abc", dev: true });
    expect(dev).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic' 'unsafe-eval';");
    expect(dev).toContain("style-src 'self' 'unsafe-inline';");
    expect(pageContentSecurityPolicy({ nonce: "abc", https: true })).toMatch(/; upgrade-insecure-requests$/);
  });
});

describe("apiSecurityHeaders", () => {
  it("adds the policy that loads nothing, and HSTS over https only", () => {
    const keys = (https: boolean) => apiSecurityHeaders({ https }).map((h) => h.key);
    expect(keys(false)).toContain("Content-Security-Policy");
    expect(keys(false)).not.toContain("Strict-Transport-Security");
    expect(apiSecurityHeaders({ https: true }).at(-1)).toEqual({
      key: "Strict-Transport-Security",
      value: "max-age=63072000; includeSubDomains",
    });
  });
});
