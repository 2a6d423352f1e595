import { describe, expect, it } from "vitest";
import { aesGcmDecrypt, aesGcmEncrypt } from "./aes-gcm.ts";
import vectors from "./testdata/wycheproof-aes-gcm.json" with { type: "json" };

type Vector = {
  tcId: number;
  comment: string;
  key: string;
  iv: string;
  aad: string;
  msg: string;
  ct: string;
  tag: string;
  result: string;
};

const hex = (s: string) => Buffer.from(s, "hex");
const group = vectors.testGroups[0]!;
const tests: Vector[] = group.tests;
const valid = tests.filter((t) => t.result === "valid");
const invalid = tests.filter((t) => t.result === "invalid");

describe("AES-256-GCM against Wycheproof vectors", () => {
  it("uses the intended subset", () => {
    expect([group.keySize, group.ivSize, group.tagSize]).toEqual([256, 96, 128]);
    expect(valid.length).toBeGreaterThanOrEqual(10);
    expect(invalid.length).toBeGreaterThanOrEqual(10);
  });

  it.each(valid.map((t) => [t.tcId, t] as const))("tcId %i encrypts to the expected ciphertext and tag", (_, t) => {
    const { ciphertext, tag } = aesGcmEncrypt(hex(t.key), hex(t.iv), hex(t.msg), hex(t.aad));
    expect(ciphertext.toString("hex")).toBe(t.ct);
    expect(tag.toString("hex")).toBe(t.tag);
  });

  it.each(valid.map((t) => [t.tcId, t] as const))("tcId %i decrypts to the message", (_, t) => {
    expect(aesGcmDecrypt(hex(t.key), hex(t.iv), hex(t.ct), hex(t.tag), hex(t.aad)).toString("hex")).toBe(t.msg);
  });

  it.each(invalid.map((t) => [t.tcId, t.comment, t] as const))("tcId %i (%s) is rejected", (_, __, t) => {
    expect(() => aesGcmDecrypt(hex(t.key), hex(t.iv), hex(t.ct), hex(t.tag), hex(t.aad))).toThrow();
  });

  it("rejects a truncated tag even when its bytes are right", () => {
    const t = valid.find((v) => v.msg.length > 0)!;
    const shortTag = hex(t.tag).subarray(0, 12);
    expect(() => aesGcmDecrypt(hex(t.key), hex(t.iv), hex(t.ct), shortTag, hex(t.aad))).toThrow(/16 bytes/);
  });

  it("rejects keys and nonces of the wrong size", () => {
    expect(() => aesGcmEncrypt(Buffer.alloc(16), Buffer.alloc(12), Buffer.alloc(1), Buffer.alloc(0))).toThrow(
      /32 bytes/,
    );
    expect(() => aesGcmEncrypt(Buffer.alloc(32), Buffer.alloc(16), Buffer.alloc(1), Buffer.alloc(0))).toThrow(
      /12 bytes/,
    );
  });
});
