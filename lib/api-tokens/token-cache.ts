// A few seconds of memory for token lookups, so the resolve hot path does not query the
// database for its token on every request. Revocation in this process forgets the entry at
// once; other instances notice within TOKEN_CACHE_TTL_MS (documented in the README). Kept on
// globalThis: the portal's server actions and the API routes are separate bundles.
import "server-only";

export const TOKEN_CACHE_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

export type TokenRow = {
  id: string;
  orgId: string;
  workspaceId: string | null;
  name: string;
  prefix: string;
  tokenHash: string;
  permissions: string;
  environmentIds: string;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

type Entry = { row: TokenRow; until: number };
const g = globalThis as unknown as { strongroomTokenCache?: Map<string, Entry> };
const cache = (g.strongroomTokenCache ??= new Map<string, Entry>());

export function cachedToken(hash: string, nowMs: number): TokenRow | undefined {
  const e = cache.get(hash);
  if (!e) return undefined;
  if (e.until <= nowMs) {
    cache.delete(hash);
    return undefined;
  }
  return e.row;
}

export function cacheToken(row: TokenRow, nowMs: number): void {
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(row.tokenHash, { row, until: nowMs + TOKEN_CACHE_TTL_MS });
}

/** Forgets a token (revocation): the next request reads the database. */
export function forgetToken(tokenId: string): void {
  for (const [hash, e] of cache) if (e.row.id === tokenId) cache.delete(hash);
}

export function clearTokenCache(): void {
  cache.clear();
}
