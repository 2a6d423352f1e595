import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ValueContext } from "./aad.ts";
import { decryptValue, type EncryptedValue, encryptValue, withPlaintext } from "./envelope.ts";
import { DecryptionError } from "./errors.ts";
import type { KeyProvider } from "./key-provider.ts";
import { ctxA, providerWith } from "./test-support.ts";

const provider = providerWith(["k1"]);

const flipBit = (buf: Buffer, bit: number) => {
  const out = Buffer.from(buf);
  out[bit >> 3]! ^= 1 << (bit & 7);
  return out;
};

async function rejects(enc: EncryptedValue, ctx: ValueContext, p: KeyProvider = provider) {
  await expect(decryptValue(enc, ctx, p)).rejects.toBeInstanceOf(DecryptionError);
}

describe("encryptValue / decryptValue", () => {
  it("round-trips any byte string (0-64 KiB)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 64 * 1024 }), async (bytes) => {
        const enc = await encryptValue(Buffer.from(bytes), ctxA, provider);
        expect(enc.format).toBe(1);
        expect([enc.nonce.length, enc.tag.length, enc.wrappedKey.length]).toEqual([12, 16, 60]);
        expect(enc.ciphertext.length).toBe(bytes.length);
        expect(await decryptValue(enc, ctxA, provider)).toEqual(Buffer.from(bytes));
      }),
      { numRuns: 60 },
    );
  });

  it("uses a fresh data key and nonce each time", async () => {
    const plain = Buffer.from("same value");
    const [a, b] = [await encryptValue(plain, ctxA, provider), await encryptValue(plain, ctxA, provider)];
    expect(a.nonce).not.toEqual(b.nonce);
    expect(a.wrappedKey).not.toEqual(b.wrappedKey);
    expect(a.ciphertext).not.toEqual(b.ciphertext);
  });

  it("fails on any single flipped bit of nonce, ciphertext, tag or wrapped key", async () => {
    const field = fc.constantFrom("nonce", "ciphertext", "tag", "wrappedKey" as const);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 256 }), field, fc.nat(), async (bytes, name, n) => {
        const enc = await encryptValue(Buffer.from(bytes), ctxA, provider);
        const target = enc[name as "nonce" | "ciphertext" | "tag" | "wrappedKey"];
        await rejects({ ...enc, [name]: flipBit(target, n % (target.length * 8)) }, ctxA);
      }),
      { numRuns: 300 },
    );
  });

  it("fails on any change to the context", async () => {
    const change = fc.oneof(
      fc.record({ orgId: fc.string({ minLength: 1, maxLength: 12 }) }),
      fc.record({ secretId: fc.string({ minLength: 1, maxLength: 12 }) }),
      fc.record({ environmentId: fc.string({ minLength: 1, maxLength: 12 }) }),
      fc.record({ version: fc.nat() }),
    );
    const enc = await encryptValue(Buffer.from("s3cr3t"), ctxA, provider);
    await fc.assert(
      fc.asyncProperty(change, async (delta) => {
        const ctx = { ...ctxA, ...delta };
        fc.pre(JSON.stringify(ctx) !== JSON.stringify(ctxA));
        await rejects(enc, ctx);
      }),
      { numRuns: 200 },
    );
  });

  it("fails on an unknown format or truncated fields, naming no data", async () => {
    const plain = Buffer.from("hunter2-value");
    const enc = await encryptValue(plain, ctxA, provider);
    for (const bad of [
      { ...enc, format: 2 },
      { ...enc, tag: enc.tag.subarray(0, 12) },
      { ...enc, wrappedKey: enc.wrappedKey.subarray(1) },
    ]) {
      const err = await decryptValue(bad, ctxA, provider).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DecryptionError);
      expect((err as Error).message).not.toContain("hunter2");
    }
    await expect(decryptValue({ ...enc, format: 2 }, ctxA, provider)).rejects.toThrow(/unsupported format 2/);
  });

  it("zeroes the data key once it is wrapped", async () => {
    const seen: Buffer[] = [];
    const spy: KeyProvider = {
      currentKeyId: () => provider.currentKeyId(),
      hasKey: (id) => provider.hasKey(id),
      digestKey: () => provider.digestKey(),
      auditKey: (id) => provider.auditKey(id),
      wrap: async (dataKey, aad) => {
        seen.push(dataKey);
        return provider.wrap(dataKey, aad);
      },
      unwrap: (wrapped, id, aad) => provider.unwrap(wrapped, id, aad),
    };
    const enc = await encryptValue(Buffer.from("v"), ctxA, spy);
    expect(seen[0]).toEqual(Buffer.alloc(32));
    expect((await decryptValue(enc, ctxA, spy)).toString()).toBe("v");
  });
});

describe("stored values stay readable", () => {
  // Produced by this module (format 1) with master key k1 = 32 bytes of 0x42; guards the
  // AAD and key-wrap layouts against accidental change.
  const stored: EncryptedValue = {
    format: 1,
    ciphertext: Buffer.from("7490a654633d654816f366c36e71794bef19a371917822e068d2b67e", "hex"),
    nonce: Buffer.from("eecea19ba84f3c5c03ba400b", "hex"),
    tag: Buffer.from("c83f46409c6e715158a07aaccb4d784e", "hex"),
    wrappedKey: Buffer.from(
      "03e65cfd406f05ce7f05d9ae3b0bcbb4a71f7472cd92e8456926f7de3d6b932e14bcedf19f2736e657472f4d4eeb62009ca865b17a9f20c663b8eb6a",
      "hex",
    ),
    masterKeyId: "k1",
  };
  it("decrypts a format 1 value written earlier", async () => {
    const p = providerWith(["k1"], "k1", { k1: Buffer.alloc(32, 0x42).toString("base64") });
    const ctx = { orgId: "org_1", secretId: "sec_A", version: 3, environmentId: "env_prod" };
    expect((await decryptValue(stored, ctx, p)).toString()).toBe("correct horse battery staple");
  });
});

describe("swapping ciphertexts between values fails", () => {
  const others: [string, ValueContext][] = [
    ["another secret", { ...ctxA, secretId: "sec_B" }],
    ["another version", { ...ctxA, version: 2 }],
    ["another environment", { ...ctxA, environmentId: "env_staging" }],
    ["another organization", { ...ctxA, orgId: "org_2" }],
  ];
  it.each(others)("with the context of %s", async (_, other) => {
    const a = await encryptValue(Buffer.from("value of A"), ctxA, provider);
    const b = await encryptValue(Buffer.from("value of B"), other, provider);
    await rejects(a, other);
    // Ciphertext of A with B's (valid) wrapped key, and the reverse.
    await rejects({ ...b, ciphertext: a.ciphertext, nonce: a.nonce, tag: a.tag }, other);
    await rejects({ ...a, wrappedKey: b.wrappedKey }, ctxA);
    expect((await decryptValue(b, other, provider)).toString()).toBe("value of B");
  });
});

describe("withPlaintext", () => {
  it("zeroes the buffer after fn, also when fn throws", async () => {
    const a = Buffer.from("abc");
    expect(await withPlaintext(a, (p) => p.toString())).toBe("abc");
    expect(a).toEqual(Buffer.alloc(3));
    const b = Buffer.from("def");
    await expect(withPlaintext(b, async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(b).toEqual(Buffer.alloc(3));
  });
});
