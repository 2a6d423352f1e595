// Sign-in throttling, two layers:
//  1. Account lock-out: after `maxFailures` consecutive failed sign-ins of one user, the account
//     is locked for `lockoutMinutes` (User.failedLoginCount / User.lockedUntil, reset on success;
//     the arithmetic is here, the database side in login-attempts.ts).
//  2. A per-client in-memory token bucket, so that many e-mails (known or not) cannot be sprayed
//     from one address. Failed attempts spend a token; a success gives it back.
// Pure (no database, injected clock) so that it can be tested directly.

export type Clock = () => number;
export const systemClock: Clock = () => Date.now();

// ---------------------------------------------------------------------------------------------
// Account lock-out

export type LockoutPolicy = { maxFailures: number; lockoutMinutes: number };

/** Whole minutes (rounded up, at least 1) until `lockedUntil`, or 0 when the account is not locked. */
export function lockMinutesRemaining(lockedUntil: Date | null | undefined, now: number): number {
  if (!lockedUntil) return 0;
  const ms = lockedUntil.getTime() - now;
  return ms > 0 ? Math.max(1, Math.ceil(ms / 60_000)) : 0;
}

export type FailureOutcome =
  | { locked: false; failedLoginCount: number }
  | { locked: true; failedLoginCount: 0; lockedUntil: Date; minutes: number };

/**
 * What a failed attempt does, given the consecutive failure count including this one: below the
 * limit the count is kept; at the limit the account is locked and the count starts over, so that
 * after the lock expires the user has the full number of attempts again.
 */
export function failureOutcome(failuresIncludingThis: number, now: number, policy: LockoutPolicy): FailureOutcome {
  if (failuresIncludingThis < policy.maxFailures) return { locked: false, failedLoginCount: failuresIncludingThis };
  return {
    locked: true,
    failedLoginCount: 0,
    lockedUntil: new Date(now + policy.lockoutMinutes * 60_000),
    minutes: policy.lockoutMinutes,
  };
}

// ---------------------------------------------------------------------------------------------
// Per-client token bucket

export type BucketPolicy = { capacity: number; windowMs: number; maxKeys?: number };
export type TakeResult = { ok: true; remaining: number } | { ok: false; retryAfterMs: number };

type Bucket = { tokens: number; updatedAt: number };

/** `capacity` attempts at once, refilled continuously at `capacity` per `windowMs`. */
export class TokenBucket {
  private readonly buckets = new Map<string, Bucket>();
  private readonly refillPerMs: number;
  private readonly maxKeys: number;

  constructor(
    private readonly policy: BucketPolicy,
    private readonly clock: Clock = systemClock,
  ) {
    if (policy.capacity < 1 || policy.windowMs <= 0)
      throw new Error("TokenBucket: capacity and window must be positive");
    this.refillPerMs = policy.capacity / policy.windowMs;
    this.maxKeys = policy.maxKeys ?? 10_000;
  }

  private current(key: string, now: number): Bucket {
    const b = this.buckets.get(key);
    if (!b) return { tokens: this.policy.capacity, updatedAt: now };
    const tokens = Math.min(this.policy.capacity, b.tokens + (now - b.updatedAt) * this.refillPerMs);
    return { tokens, updatedAt: now };
  }

  private store(key: string, b: Bucket) {
    // Re-insert so that Map order is least-recently-used first.
    this.buckets.delete(key);
    if (b.tokens >= this.policy.capacity) return; // a full bucket is the same as no bucket
    this.buckets.set(key, b);
    if (this.buckets.size > this.maxKeys) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
  }

  /** Spends one token for `key`, or says how long until one is available. */
  take(key: string): TakeResult {
    const now = this.clock();
    const b = this.current(key, now);
    if (b.tokens < 1) {
      this.store(key, b);
      return { ok: false, retryAfterMs: Math.ceil((1 - b.tokens) / this.refillPerMs) };
    }
    b.tokens -= 1;
    this.store(key, b);
    return { ok: true, remaining: Math.floor(b.tokens) };
  }

  /** Gives back a token taken for an attempt that turned out fine. */
  refund(key: string): void {
    const now = this.clock();
    const b = this.current(key, now);
    b.tokens = Math.min(this.policy.capacity, b.tokens + 1);
    this.store(key, b);
  }

  /** Number of clients currently being throttled to some degree (for tests and diagnostics). */
  get size(): number {
    return this.buckets.size;
  }
}

export const SIGN_IN_BUCKET_POLICY: BucketPolicy = { capacity: 20, windowMs: 5 * 60_000 };

const globalForThrottle = globalThis as unknown as { strongroomSignInBucket?: TokenBucket };

/** The process-wide bucket for sign-in attempts, keyed by client address. */
export function signInBucket(): TokenBucket {
  globalForThrottle.strongroomSignInBucket ??= new TokenBucket(SIGN_IN_BUCKET_POLICY);
  return globalForThrottle.strongroomSignInBucket;
}
