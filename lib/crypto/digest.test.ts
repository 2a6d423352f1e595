import { createHmac, hkdfSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { digestKeyId, digestValue } from "./digest.ts";
import { masterKey, providerWith } from "./test-support.ts";

describe("digestValue", () => {
  const material = masterKey();
  const p = providerWith(["k1"], "k1", { k1: material });

  it("is HMAC-SHA-256 under HKDF-SHA-256(master key, info strongroom/value-digest/v1)", () => {
    const key = Buffer.from(
      hkdfSync("sha256", Buffer.from(material, "base64"), Buffer.alloc(0), "strongroom/value-digest/v1", 32),
    );
    const mac = createHmac("sha256", key).update("hello").digest("base64url");
    expect(digestValue(Buffer.from("hello"), p)).toBe(`k1:${mac}`);
  });

  it("is equal for equal values and differs otherwise", () => {
    expect(digestValue(Buffer.from("a"), p)).toBe(digestValue(Buffer.from("a"), p));
    expect(digestValue(Buffer.from("a"), p)).not.toBe(digestValue(Buffer.from("b"), p));
  });

  it("depends on the master key", () => {
    const other = providerWith(["k1"]);
    expect(digestValue(Buffer.from("a"), p)).not.toBe(digestValue(Buffer.from("a"), other));
  });

  it("names the key it was made with", () => {
    const p2 = providerWith(["k1", "k2"]);
    expect(digestKeyId(digestValue(Buffer.from("a"), p2))).toBe("k2");
    expect(digestKeyId("garbage")).toBe("");
  });
});
