import { describe, expect, it } from "vitest";
import { looksLikeEmail, normalizeEmail } from "./email.ts";
import { safeCallbackPath } from "./callback-url.ts";
import { decodeSignInError, encodeSignInError, signInErrorMessage } from "./sign-in-errors.ts";

describe("normalizeEmail", () => {
  it("trims and lowercases", () => {
    expect(normalizeEmail("  Alice@ACME.test \n")).toBe("alice@acme.test");
  });
  it("turns non-strings into an empty string", () => {
    expect(normalizeEmail(undefined)).toBe("");
    expect(normalizeEmail(42)).toBe("");
    expect(normalizeEmail(["a@b.c"])).toBe("");
  });
  it("shape check", () => {
    expect(looksLikeEmail("alice@acme.test")).toBe(true);
    expect(looksLikeEmail("alice")).toBe(false);
    expect(looksLikeEmail("a b@c.d")).toBe(false);
    expect(looksLikeEmail("")).toBe(false);
  });
});

describe("safeCallbackPath", () => {
  it("keeps same-origin relative paths with query and hash", () => {
    expect(safeCallbackPath("/secrets?status=ACTIVE#x")).toBe("/secrets?status=ACTIVE#x");
    expect(safeCallbackPath("/audit")).toBe("/audit");
  });
  it("refuses absolute and protocol-relative URLs and odd input", () => {
    for (const bad of [
      "https://evil.test/",
      "//evil.test/x",
      "/\\evil.test",
      "javascript:alert(1)",
      "secrets",
      "",
      null,
      3,
      "/a\nb",
    ]) {
      expect(safeCallbackPath(bad)).toBe("/secrets");
    }
  });
  it("does not bounce back to the sign-in page", () => {
    expect(safeCallbackPath("/login?callbackUrl=/x")).toBe("/secrets");
    expect(safeCallbackPath("/api/auth/signout")).toBe("/secrets");
  });
});

describe("sign-in error codes", () => {
  it("round-trips codes and maps them to the words on screen", () => {
    expect(decodeSignInError(encodeSignInError({ kind: "locked", minutes: 15 }))).toEqual({
      kind: "locked",
      minutes: 15,
    });
    expect(signInErrorMessage("invalid_credentials")).toBe("Wrong e-mail or password.");
    expect(signInErrorMessage("locked:15")).toBe("Too many failed sign-in attempts. Try again in 15 minutes.");
    expect(signInErrorMessage("locked:1")).toBe("Too many failed sign-in attempts. Try again in 1 minute.");
  });
  it("never echoes unknown text", () => {
    expect(signInErrorMessage("<script>alert(1)</script>")).toBe("Sign-in failed. Try again.");
    expect(signInErrorMessage("server_error")).toBe("Sign-in failed. Try again.");
    expect(signInErrorMessage(null)).toBeNull();
  });
});
