import { describe, expect, it } from "vitest";
import { fillRandom, freshRandomBytes } from "./random.ts";

describe("freshRandomBytes", () => {
  it("never hands out the same bytes twice, across pool refills", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 1000; i++) seen.add(freshRandomBytes(12).toString("hex")); // ~3 refills
    expect(seen.size).toBe(1000);
  });

  it("returns buffers that share memory with nothing else", () => {
    const a = freshRandomBytes(32);
    const b = freshRandomBytes(32);
    expect(a.buffer).not.toBe(b.buffer);
    expect(a.byteOffset).toBe(0);
    expect(a.buffer.byteLength).toBe(32);
  });

  it("is not all zeros, also for sizes beyond the pool", () => {
    expect(freshRandomBytes(32).equals(Buffer.alloc(32))).toBe(false);
    expect(freshRandomBytes(8192).equals(Buffer.alloc(8192))).toBe(false);
    expect(fillRandom(Buffer.alloc(16)).equals(Buffer.alloc(16))).toBe(false);
  });
});
