import { describe, expect, it } from "vitest";
import { safeCallbackPath, sameOriginPath } from "./callback-url.ts";

const PORTAL = "http://127.0.0.1:3500";

// Each of these, used as a Location or given to window.location.assign, would leave the portal
// (or cannot be parsed at all): every one must fall back to the default page.
const HOSTILE: [string, string][] = [
  ["dot segments that normalize to a protocol-relative path", "/..//evil.example/phish"],
  ["the probe's input as the query parser decodes it", decodeURIComponent("%2F..%2F%2Fevil.example%2Fphish")],
  ["dot segment, then a backslash", "/../\\evil.example"],
  ["several dot segments", "/a/../../..//evil.example"],
  ["single dot segment", "/.//evil.example"],
  ["encoded dot segment", "/%2e%2e//evil.example"],
  ["protocol-relative", "//evil.example/x"],
  ["protocol-relative with three slashes", "///evil.example/x"],
  ["backslash after the slash", "/\\evil.example"],
  ["two backslashes", "\\\\evil.example"],
  ["a tab between the slashes", "/\t/evil"],
  ["a newline between the slashes", "/\n/evil"],
  ["a carriage return", "/\r/evil.example"],
  ["a NUL byte", "/\u0000/evil.example"],
  ["an absolute URL of another origin", "https://evil.example/"],
  ["the portal's host with another port", "http://127.0.0.1:3501/secrets"],
  ["the portal's host with another scheme", "https://127.0.0.1:3500/secrets"],
  ["a host that starts like the portal's", "http://127.0.0.1:3500.evil.example/"],
  ["user-info that looks like the portal", "http://127.0.0.1:3500@evil.example/"],
  ["javascript:", "javascript:alert(1)"],
  ["data:", "data:text/html,<script>alert(1)</script>"],
  ["a bare word", "secrets"],
  ["empty", ""],
];

describe("safeCallbackPath", () => {
  it.each(HOSTILE)("refuses %s", (_, input) => {
    expect(safeCallbackPath(input, { origin: PORTAL })).toBe("/secrets");
    expect(sameOriginPath(input, PORTAL)).toBeNull();
  });

  it("returns the normalized path, never the raw input", () => {
    expect(safeCallbackPath("/secrets/../audit?x=1#y", { origin: PORTAL })).toBe("/audit?x=1#y");
    expect(safeCallbackPath("/a/./b", { origin: PORTAL })).toBe("/a/b");
    // Encoded slashes stay encoded: a single path segment on this origin.
    expect(safeCallbackPath("/%2F%2Fevil.example", { origin: PORTAL })).toBe("/%2F%2Fevil.example");
    expect(safeCallbackPath("/%5Cevil.example", { origin: PORTAL })).toBe("/%5Cevil.example");
  });

  it("accepts absolute URLs of the portal's own origin, as their path", () => {
    expect(safeCallbackPath(`${PORTAL}/audit?q=1`, { origin: PORTAL })).toBe("/audit?q=1");
    expect(safeCallbackPath(`${PORTAL}//evil.example/`, { origin: PORTAL })).toBe("/secrets");
    // Without a known origin, absolute URLs are never accepted.
    expect(safeCallbackPath(`${PORTAL}/audit`)).toBe("/secrets");
  });

  it("does not bounce back to the sign-in page, even through dot segments", () => {
    expect(safeCallbackPath("/x/../login", { origin: PORTAL })).toBe("/secrets");
    expect(safeCallbackPath("/./api/auth/signout", { origin: PORTAL })).toBe("/secrets");
  });

  it("never throws on any string", () => {
    for (const input of ["http://[::1", "http://%zz/", "/%", "http://a:b:c/", "\u{1F600}", "/".repeat(3000)]) {
      expect(() => safeCallbackPath(input, { origin: PORTAL })).not.toThrow();
    }
    expect(safeCallbackPath("/x", { origin: "not a url" })).toBe("/x");
  });
});

describe("sameOriginPath (next-auth's redirect callback)", () => {
  it("keeps sign-out's own target and refuses everything that leaves the origin", () => {
    expect(sameOriginPath("/login", PORTAL)).toBe("/login");
    expect(sameOriginPath(`${PORTAL}/login`, PORTAL)).toBe("/login");
    expect(sameOriginPath("http://127.0.0.1:3500.evil.example/", PORTAL)).toBeNull();
  });
});
