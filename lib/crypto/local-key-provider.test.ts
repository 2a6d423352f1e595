import { describe, expect, it } from "vitest";
import { UnknownMasterKeyError } from "./errors.ts";
import { LocalKeyProvider } from "./local-key-provider.ts";
import { masterKey, providerWith } from "./test-support.ts";

const aad = Buffer.from("context");
const dataKey = () => Buffer.alloc(32, 0x5a);

describe("LocalKeyProvider", () => {
  it("wraps as nonce(12) || ciphertext(32) || tag(16) under the current key and unwraps", async () => {
    const p = providerWith(["k1", "k2"]);
    const { wrappedKey, keyId } = await p.wrap(dataKey(), aad);
    expect(keyId).toBe("k2");
    expect(wrappedKey.length).toBe(60);
    expect(await p.unwrap(wrappedKey, "k2", aad)).toEqual(dataKey());
  });

  it("binds the wrap to the AAD", async () => {
    const p = providerWith(["k1"]);
    const { wrappedKey } = await p.wrap(dataKey(), aad);
    await expect(p.unwrap(wrappedKey, "k1", Buffer.from("other"))).rejects.toThrow();
  });

  it("binds the wrap to the key id, even when two ids share the same material", async () => {
    const same = masterKey();
    const p = providerWith(["a", "b"], "a", { a: same, b: same });
    const { wrappedKey } = await p.wrap(dataKey(), aad);
    await expect(p.unwrap(wrappedKey, "b", aad)).rejects.toThrow();
    expect(await p.unwrap(wrappedKey, "a", aad)).toEqual(dataKey());
  });

  it("refuses an unknown key id with a clear message", async () => {
    const p = providerWith(["k1"]);
    const { wrappedKey } = await p.wrap(dataKey(), aad);
    const err = await p.unwrap(wrappedKey, "k9", aad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnknownMasterKeyError);
    expect((err as Error).message).toBe("master key k9 is not configured");
    expect(p.hasKey("k9")).toBe(false);
  });

  it("refuses a current key that is not in its set", () => {
    const keys = new Map([["k1", Buffer.alloc(32)]]);
    expect(() => new LocalKeyProvider({ keys, currentId: "k2" })).toThrow("master key k2 is not configured");
  });

  it("derives a digest key per current master key, stable across instances", () => {
    const material = masterKey();
    const a = providerWith(["k1"], "k1", { k1: material }).digestKey();
    const b = providerWith(["k1"], "k1", { k1: material }).digestKey();
    expect(a.keyId).toBe("k1");
    expect(a.key).toEqual(b.key);
    expect(a.key.length).toBe(32);
    expect(a.key).not.toEqual(Buffer.from(material, "base64"));
  });

  it("derives an audit key per master key id: stable, distinct from the digest key, current by default", () => {
    const m1 = masterKey();
    const p = providerWith(["k1", "k2"], "k2", { k1: m1 });
    const again = providerWith(["k1"], "k1", { k1: m1 });
    expect(p.auditKey().keyId).toBe("k2");
    expect(p.auditKey("k1").key).toEqual(again.auditKey().key);
    expect(p.auditKey("k1").key).not.toEqual(p.auditKey("k2").key);
    expect(again.auditKey().key).not.toEqual(again.digestKey().key);
    expect(p.auditKey("k1")).toBe(p.auditKey("k1"));
    expect(() => p.auditKey("k9")).toThrow(UnknownMasterKeyError);
  });
});
