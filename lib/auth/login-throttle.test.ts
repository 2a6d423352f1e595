import { describe, expect, it } from "vitest";
import { failureOutcome, lockMinutesRemaining, TokenBucket } from "./login-throttle.ts";

const policy = { maxFailures: 5, lockoutMinutes: 15 };
const T0 = Date.UTC(2030, 0, 1, 12, 0, 0);

describe("account lock-out arithmetic", () => {
  it("keeps counting below the limit", () => {
    expect(failureOutcome(1, T0, policy)).toEqual({ locked: false, failedLoginCount: 1 });
    expect(failureOutcome(4, T0, policy)).toEqual({ locked: false, failedLoginCount: 4 });
  });

  it("locks for the configured minutes when the limit is reached and starts the count over", () => {
    const out = failureOutcome(5, T0, policy);
    expect(out.locked).toBe(true);
    if (!out.locked) return;
    expect(out.failedLoginCount).toBe(0);
    expect(out.lockedUntil.getTime()).toBe(T0 + 15 * 60_000);
    expect(out.minutes).toBe(15);
  });

  it("a custom limit of 1 locks at the first failure", () => {
    expect(failureOutcome(1, T0, { maxFailures: 1, lockoutMinutes: 2 }).locked).toBe(true);
  });

  it("reports remaining whole minutes, rounded up, and 0 once the lock has passed", () => {
    const until = new Date(T0 + 15 * 60_000);
    expect(lockMinutesRemaining(until, T0)).toBe(15);
    expect(lockMinutesRemaining(until, T0 + 60_000 + 1)).toBe(14);
    expect(lockMinutesRemaining(until, T0 + 14 * 60_000 + 59_000)).toBe(1);
    expect(lockMinutesRemaining(until, T0 + 15 * 60_000)).toBe(0);
    expect(lockMinutesRemaining(until, T0 + 16 * 60_000)).toBe(0);
    expect(lockMinutesRemaining(null, T0)).toBe(0);
  });
});

describe("TokenBucket", () => {
  function bucket(capacity = 3, windowMs = 60_000) {
    let now = T0;
    const b = new TokenBucket({ capacity, windowMs }, () => now);
    return { b, advance: (ms: number) => (now += ms) };
  }

  it("allows `capacity` attempts, then refuses with a retry time", () => {
    const { b } = bucket();
    expect(b.take("a").ok).toBe(true);
    expect(b.take("a").ok).toBe(true);
    expect(b.take("a").ok).toBe(true);
    const refused = b.take("a");
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.retryAfterMs).toBe(20_000); // 3 per minute → one every 20 s
  });

  it("keeps clients apart", () => {
    const { b } = bucket(1);
    expect(b.take("a").ok).toBe(true);
    expect(b.take("a").ok).toBe(false);
    expect(b.take("b").ok).toBe(true);
  });

  it("refills continuously over the window", () => {
    const { b, advance } = bucket();
    for (let i = 0; i < 3; i++) b.take("a");
    advance(19_999);
    expect(b.take("a").ok).toBe(false);
    advance(1);
    expect(b.take("a").ok).toBe(true);
    expect(b.take("a").ok).toBe(false);
    advance(60_000);
    expect(b.take("a").ok).toBe(true);
    expect(b.take("a").ok).toBe(true);
    expect(b.take("a").ok).toBe(true);
    expect(b.take("a").ok).toBe(false);
  });

  it("a refund gives the token back, never above capacity", () => {
    const { b } = bucket(2);
    b.take("a");
    b.take("a");
    b.refund("a");
    expect(b.take("a").ok).toBe(true);
    expect(b.take("a").ok).toBe(false);
    b.refund("x");
    b.refund("x");
    expect(b.size).toBe(1); // a full bucket is not stored
  });

  it("forgets full buckets and bounds the number of tracked clients", () => {
    let now = T0;
    const b = new TokenBucket({ capacity: 2, windowMs: 1000, maxKeys: 3 }, () => now);
    for (const k of ["a", "b", "c", "d"]) b.take(k);
    expect(b.size).toBe(3);
    now += 10_000;
    b.take("e"); // evicts the least recently used ("b")
    b.refund("e"); // back to full: no longer tracked
    expect(b.size).toBe(2);
  });
});
