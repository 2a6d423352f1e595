import { describe, expect, it } from "vitest";
import { redact, REDACTED, redactionVariants, redactTruncatedEnd } from "./redact.ts";

describe("redact", () => {
  const secret = "s3cr3t+/value=\"q\"";
  const variants = redactionVariants([secret, "Bearer tok"]);

  it("replaces the value and its base64, percent-encoded and JSON-escaped forms", () => {
    const echoed = [
      secret,
      Buffer.from(secret).toString("base64"),
      Buffer.from(secret).toString("base64url"),
      encodeURIComponent(secret),
      JSON.stringify({ h: secret }),
      "Bearer tok",
    ].join("\n");
    const out = redact(echoed, variants);
    expect(out).not.toContain("s3cr3t");
    expect(out).not.toContain(Buffer.from(secret).toString("base64").slice(0, 10));
    expect(out).not.toContain("tok");
    expect(out.split(REDACTED).length - 1).toBeGreaterThanOrEqual(6);
  });
  it("leaves other text alone", () => {
    expect(redact("nothing here", variants)).toBe("nothing here");
  });
  it("cuts the beginning of a secret at the end of a truncated body", () => {
    expect(redactTruncatedEnd("abc s3cr", variants)).toBe(`abc ${REDACTED}`);
    expect(redactTruncatedEnd("abc done", variants)).toBe("abc done");
  });
});
