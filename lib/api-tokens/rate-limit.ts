// Token buckets kept in memory: each key holds up to `burst` requests and refills at `rate`
// per second. Pure (time is passed in), so the arithmetic is unit-tested. One process only:
// several instances behind a balancer each keep their own buckets (see README "REST API").

export type BucketLimit = { rate: number; burst: number };
export type TakeResult = { ok: true } | { ok: false; retryAfterSeconds: number };

type Bucket = { tokens: number; at: number };

const MAX_KEYS = 50_000;

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly limit: BucketLimit) {}

  /** Takes one request from `key`'s bucket; a rate of 0 means unlimited. */
  take(key: string, nowMs: number): TakeResult {
    const { rate, burst } = this.limit;
    if (rate <= 0) return { ok: true };
    const b = this.buckets.get(key) ?? { tokens: burst, at: nowMs };
    const tokens = Math.min(burst, b.tokens + ((nowMs - b.at) / 1000) * rate);
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: nowMs });
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / rate)) };
    }
    if (!this.buckets.has(key) && this.buckets.size >= MAX_KEYS) this.evictFull(nowMs);
    this.buckets.set(key, { tokens: tokens - 1, at: nowMs });
    return { ok: true };
  }

  /** Drops buckets that have refilled completely (they carry no state worth keeping). */
  private evictFull(nowMs: number) {
    const { rate, burst } = this.limit;
    for (const [key, b] of this.buckets) {
      if (b.tokens + ((nowMs - b.at) / 1000) * rate >= burst) this.buckets.delete(key);
    }
    if (this.buckets.size >= MAX_KEYS) this.buckets.clear();
  }

  get size() {
    return this.buckets.size;
  }
}
