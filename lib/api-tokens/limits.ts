// The REST API's two rate limits (per client address, per token), configured once from the
// environment and kept on globalThis so every route bundle of the process shares them.
import "server-only";
import { env } from "../env/index.ts";
import { RateLimitError } from "../errors/index.ts";
import { TokenBuckets } from "./rate-limit.ts";

type Limits = { ip: TokenBuckets; token: TokenBuckets };
const g = globalThis as unknown as { strongroomApiLimits?: Limits };

function limits(): Limits {
  if (!g.strongroomApiLimits) {
    const e = env();
    g.strongroomApiLimits = {
      ip: new TokenBuckets({ rate: e.STRONGROOM_API_RATE_PER_IP, burst: 2 * e.STRONGROOM_API_RATE_PER_IP }),
      token: new TokenBuckets({ rate: e.STRONGROOM_API_RATE_PER_TOKEN, burst: 2 * e.STRONGROOM_API_RATE_PER_TOKEN }),
    };
  }
  return g.strongroomApiLimits;
}

export function enforceRateLimit(kind: keyof Limits, key: string, nowMs = Date.now()): void {
  const r = limits()[kind].take(key, nowMs);
  if (!r.ok) {
    const who = kind === "ip" ? "this address" : "this token";
    throw new RateLimitError(
      `Too many requests from ${who}. Retry after ${r.retryAfterSeconds} s.`,
      r.retryAfterSeconds,
    );
  }
}

/** For tests: forget the buckets and read the configuration again. */
export function resetRateLimits(): void {
  g.strongroomApiLimits = undefined;
}
