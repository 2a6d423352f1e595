import { describe, expect, it } from "vitest";
import { buildRedactor, redact, REDACTED, redactTruncatedEnd } from "./redact.ts";

const b64 = (s: string | Buffer) => Buffer.from(s).toString("base64");
const b64url = (s: string | Buffer) => Buffer.from(s).toString("base64url");
const hex = (s: string) => Buffer.from(s).toString("hex");
const escapeAll = (s: string) => s.replace(/[\s\S]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

describe("redact", () => {
  const secret = 's3cr3t+/value="q"';
  const redactor = buildRedactor([secret, "Bearer tok"]);

  it("replaces the value and its base64, percent-encoded and JSON-escaped forms", () => {
    const forms = [secret, b64(secret), b64url(secret), encodeURIComponent(secret), JSON.stringify({ h: secret })];
    const echoed = [...forms, "Bearer tok"].join("\n");
    const out = redact(echoed, redactor);
    expect(out).not.toContain("s3cr3t");
    expect(out).not.toContain(b64(secret).slice(0, 10));
    expect(out).not.toContain("tok");
    expect(out.split(REDACTED).length - 1).toBeGreaterThanOrEqual(6);
  });
  it("leaves other text alone", () => {
    expect(redact("nothing here", redactor)).toBe("nothing here");
  });
  it("cuts the beginning of a secret at the end of a truncated body", () => {
    expect(redactTruncatedEnd("abc s3cr", redactor)).toBe(`abc ${REDACTED}`);
    expect(redactTruncatedEnd("abc S3CR", redactor)).toBe(`abc ${REDACTED}`);
    expect(redactTruncatedEnd("abc done", redactor)).toBe("abc done");
  });
});

// Issue 13 finding 10: echoes that slipped through.
describe("redact: the forms a server may echo", () => {
  const password = "hunter2-Pa55/word+é";
  const username = "svc-billing";
  const basic = b64(`${username}:${password}`);
  const token = "tok_9fJ2kLmQ81vXz";
  // What secret-strings.ts gives for a Basic Auth secret and a Bearer token.
  const redactor = buildRedactor([password, `Basic ${basic}`, basic, `Bearer ${token}`, token]);
  const hidden = (text: string) => {
    const out = redact(text, redactor);
    expect(out).toContain(REDACTED);
    return out;
  };

  it.each([
    ["upper-case", password.toUpperCase().replace("É", "é")],
    ["mixed case", "hUnTeR2-pA55/WoRd+é"],
    ["hex", hex(password)],
    ["upper-case hex", hex(password).toUpperCase()],
    ["percent-encoded", encodeURIComponent(password)],
    ["lower-case percent-encoding", encodeURIComponent(password).toLowerCase()],
    ["every byte percent-encoded", [...Buffer.from(password)].map((b) => `%${b.toString(16)}`).join("")],
    ["form-encoded", new URLSearchParams({ p: password }).toString().slice(2)],
    ["JSON with \\u escapes", escapeAll(password)],
    ["JSON with \\/ (PHP)", JSON.stringify(password).slice(1, -1).replace(/\//g, "\\/")],
    ["JSON with \\/ and \\u00e9 (PHP)", "hunter2-Pa55\\/word+\\u00e9"],
    ["JSON with \\u00E9 (Python, upper case)", "hunter2-Pa55/word+\\u00E9"],
    ["Basic user:password base64 twice", b64(b64(`${username}:${password}`))],
    ["Basic user:password base64 twice, URL-safe", b64url(b64(`${username}:${password}`))],
    ["password base64 twice", b64(b64(password))],
    ["password base64 twice, unpadded", b64(b64(password)).replace(/=+$/, "")],
  ])("%s", (_, echo) => {
    expect(hidden(`got ${echo} back`)).toBe(`got ${REDACTED} back`);
  });

  // The value inside a longer base64 text, after 0, 1 or 2 bytes of other data.
  it.each([0, 1, 2, 3, 4, 5])("base64 with %i bytes before the value, standard and URL-safe", (before) => {
    const prefix = "PREFIX".slice(0, before);
    for (const encode of [b64, b64url]) {
      for (const value of [password, token]) {
        const encoded = encode(Buffer.concat([Buffer.from(prefix), Buffer.from(value), Buffer.from("-and-more-data")]));
        const out = hidden(encoded);
        // What is left shows at most the characters that mix in bits of the other data.
        const whole = encode(Buffer.from(value));
        expect(out).not.toContain(whole.slice(2, 10));
        expect(out.length).toBeLessThan(encoded.length - whole.length + REDACTED.length + 4);
      }
    }
  });

  it("base64 of the value at the very end of the data, padded or not", () => {
    for (const before of ["", "x", "xy"]) {
      const encoded = b64(before + password);
      const out = hidden(encoded);
      expect(out).toMatch(new RegExp(`^.{0,3}${REDACTED.replace(/[[\]]/g, "\\$&")}$`));
      expect(hidden(encoded.replace(/=+$/, ""))).toMatch(/\[REDACTED\]$/);
    }
  });

  it("leaves ordinary text without any value unchanged", () => {
    const text = [
      '{"status":"ok","items":[{"id":1,"name":"hunter","note":"Pa55 word"}],"next":null}',
      "HTTP/1.1 200 OK; Content-Type: text/html; charset=utf-8",
      b64("an unrelated payload that is long enough to have every alignment"),
      "68656c6c6f20776f726c64 %41%42%43 \\u0041\\u0042",
      "The quick brown fox jumps over the lazy dog. 0123456789 ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    ].join("\n");
    expect(redact(text, redactor)).toBe(text);
  });

  it("redacts a value that appears twice, overlapping forms included, as one", () => {
    expect(redact(`${token}${token}`, redactor)).toBe(`${REDACTED}${REDACTED}`);
    expect(redact(`Bearer ${token}`, redactor)).toBe(REDACTED);
  });

  it("redacts short values as is but not inside misaligned base64", () => {
    const short = buildRedactor(["ab1"]);
    expect(redact("xAB1y", short)).toBe(`x${REDACTED}y`);
    expect(redact(b64("ab1"), short)).toBe(REDACTED);
    expect(redact(b64("zab1"), short)).toBe(b64("zab1"));
  });

  it("does nothing without secrets", () => {
    const none = buildRedactor(["", ""]);
    expect(redact("anything", none)).toBe("anything");
    expect(redactTruncatedEnd("anything", none)).toBe("anything");
  });
});
