// Access tokens kept in this server process's memory (never in the database or a browser),
// per secret, environment and credential fingerprint — a new value, token URL, client ID,
// scopes or authentication method is a new entry. A token is reused until shortly before
// its `expires_in`; concurrent requests for the same entry share one fetch.
import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import type { ClientCredentials } from "./fetch-token.ts";
import type { TokenResponse } from "./token-response.ts";

export type CachedToken = {
  accessToken: string;
  tokenType: string;
  scope: string | null;
  expiresAt: Date | null;
  refreshAt: number;
};

/** Without `expires_in`, a token is reused for this long. */
export const DEFAULT_TOKEN_TTL_MS = 5 * 60_000;
const MAX_ENTRIES = 1000;
const fingerprintKey = randomBytes(32);

type Store = { tokens: Map<string, CachedToken>; inflight: Map<string, Promise<CachedToken>> };
const KEY = Symbol.for("strongroom.oauth.tokens");
const g = globalThis as unknown as Record<symbol, Store | undefined>;
const store = (g[KEY] ??= { tokens: new Map(), inflight: new Map() });

export function cacheKey(secretId: string, environmentId: string, c: ClientCredentials): string {
  const parts = [secretId, environmentId, c.tokenUrl, c.clientId, c.scopes ?? "", c.clientAuth, c.clientSecret];
  return createHmac("sha256", fingerprintKey).update(parts.join("\0")).digest("base64url");
}

/** Refresh a little before expiry: 10% of the lifetime, at least 1 s and at most 60 s. */
export function toCached(t: TokenResponse, nowMs: number): CachedToken {
  const lifetime = t.expiresIn !== null ? t.expiresIn * 1000 : null;
  const margin = lifetime !== null ? Math.min(60_000, Math.max(1000, lifetime * 0.1)) : 0;
  return {
    accessToken: t.accessToken,
    tokenType: t.tokenType,
    scope: t.scope,
    expiresAt: lifetime !== null ? new Date(nowMs + lifetime) : null,
    refreshAt: nowMs + (lifetime !== null ? lifetime - margin : DEFAULT_TOKEN_TTL_MS),
  };
}

export function cachedToken(key: string, nowMs: number): CachedToken | null {
  const entry = store.tokens.get(key);
  if (!entry) return null;
  if (nowMs < entry.refreshAt) return entry;
  store.tokens.delete(key);
  return null;
}

export function storeToken(key: string, token: CachedToken): void {
  store.tokens.delete(key);
  if (store.tokens.size >= MAX_ENTRIES) store.tokens.delete(store.tokens.keys().next().value!);
  store.tokens.set(key, token);
}

/** Runs `fetch` once for concurrent callers of the same key. */
export function singleFlight(key: string, fetch: () => Promise<CachedToken>): Promise<CachedToken> {
  const running = store.inflight.get(key);
  if (running) return running;
  const p = fetch().finally(() => store.inflight.delete(key));
  store.inflight.set(key, p);
  return p;
}

/** For tests: forget every token. */
export function clearTokenCache(): void {
  store.tokens.clear();
  store.inflight.clear();
}
