import { describe, expect, it } from "vitest";
import { TokenBuckets } from "./rate-limit.ts";

describe("TokenBuckets", () => {
  it("lets a burst through, then refuses with the seconds until the next request fits", () => {
    const b = new TokenBuckets({ rate: 2, burst: 4 });
    for (let i = 0; i < 4; i++) expect(b.take("t", 0)).toEqual({ ok: true });
    expect(b.take("t", 0)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(b.take("other", 0)).toEqual({ ok: true });
  });

  it("refills at the rate, never above the burst", () => {
    const b = new TokenBuckets({ rate: 1, burst: 2 });
    b.take("t", 0);
    b.take("t", 0);
    expect(b.take("t", 500).ok).toBe(false);
    expect(b.take("t", 1500).ok).toBe(true);
    // A long pause refills only up to the burst.
    expect([0, 1, 2].map(() => b.take("t", 100_000).ok)).toEqual([true, true, false]);
  });

  it("rounds Retry-After up for slow rates", () => {
    const b = new TokenBuckets({ rate: 0.1, burst: 1 });
    b.take("t", 0);
    expect(b.take("t", 0)).toEqual({ ok: false, retryAfterSeconds: 10 });
  });

  it("is unlimited at rate 0", () => {
    const b = new TokenBuckets({ rate: 0, burst: 0 });
    for (let i = 0; i < 1000; i++) expect(b.take("t", 0).ok).toBe(true);
    expect(b.size).toBe(0);
  });
});
