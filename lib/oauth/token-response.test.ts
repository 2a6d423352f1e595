import { describe, expect, it } from "vitest";
import { OAuthError, parseTokenResponse } from "./token-response.ts";

describe("parseTokenResponse", () => {
  it("reads a JSON success response", () => {
    const t = parseTokenResponse(
      200,
      JSON.stringify({ access_token: "at", token_type: "bearer", expires_in: 3600, scope: "read write" }),
      null,
    );
    expect(t).toEqual({ accessToken: "at", tokenType: "Bearer", scope: "read write", expiresIn: 3600 });
  });
  it("takes the requested scopes when the server leaves them out, and a numeric string expiry", () => {
    const t = parseTokenResponse(
      200,
      JSON.stringify({ access_token: "at", token_type: "Bearer", expires_in: "60" }),
      "a b",
    );
    expect(t.scope).toBe("a b");
    expect(t.expiresIn).toBe(60);
  });
  it("reads a form-encoded answer", () => {
    expect(parseTokenResponse(200, "access_token=x&token_type=bearer", null).accessToken).toBe("x");
  });
  it("reports an RFC 6749 error with its description, cleaned", () => {
    const body = JSON.stringify({ error: "invalid_client", error_description: "bad secret s3cr3t" });
    expect(() => parseTokenResponse(401, body, null, (s) => s.replace("s3cr3t", "[REDACTED]"))).toThrow(
      "The token server refused the request (HTTP 401): invalid_client — bad secret [REDACTED].",
    );
  });
  it("refuses answers without a token and tokens that are not Bearer", () => {
    expect(() => parseTokenResponse(500, "<html>oops</html>", null)).toThrow(OAuthError);
    expect(() => parseTokenResponse(200, "{}", null)).toThrow(/without an access token/);
    expect(() => parseTokenResponse(200, JSON.stringify({ access_token: "x", token_type: "mac" }), null)).toThrow(
      /only Bearer/,
    );
  });
  it("never puts the access token in a message", () => {
    try {
      parseTokenResponse(200, JSON.stringify({ access_token: "SECRET-TOKEN", token_type: "N_A" }), null);
    } catch (e) {
      expect(String((e as Error).message)).not.toContain("SECRET-TOKEN");
    }
  });
});
