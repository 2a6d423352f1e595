// `Authorization: Bearer <token>` → the token's actor, or 401. Only the SHA-256 of a token is
// stored; the lookup is by hash and compared in constant time. Lookups are cached for a few
// seconds (token-cache.ts); the token's last use is written at most once a minute, off the
// request's path. Every failure is audited as "token.auth_failed" (organization unknown →
// the "system" chain).
import "server-only";
import { db } from "../db/index.ts";
import { recordAudit, type RequestInfo } from "../audit/index.ts";
import { API_TOKEN_PERMISSIONS, type ApiTokenPermission } from "../domain/constants.ts";
import { UnauthenticatedError } from "../errors/index.ts";
import type { TokenActor } from "../authz/actor.ts";
import { cachedToken, cacheToken, type TokenRow } from "./token-cache.ts";
import { hashApiToken, hashesEqual, looksLikeApiToken } from "./token-format.ts";

const LAST_USED_GRANULARITY_MS = 60_000;
const TOKEN_SELECT = {
  id: true,
  orgId: true,
  workspaceId: true,
  name: true,
  prefix: true,
  tokenHash: true,
  permissions: true,
  environmentIds: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
} as const;

export async function authenticateApiToken(
  authorization: string | null,
  opts: { request?: RequestInfo | null; now?: Date } = {},
): Promise<TokenActor> {
  const now = opts.now ?? new Date();
  const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token || !looksLikeApiToken(token)) return fail(token ? "malformed" : "missing", null, opts.request);
  const hash = hashApiToken(token);
  let row = cachedToken(hash, now.getTime());
  if (!row) {
    row = (await db.apiToken.findUnique({ where: { tokenHash: hash }, select: TOKEN_SELECT })) ?? undefined;
    if (row && hashesEqual(row.tokenHash, hash)) cacheToken(row, now.getTime());
  }
  if (!row || !hashesEqual(row.tokenHash, hash)) return fail("unknown", null, opts.request, token.slice(3, 15));
  if (row.revokedAt) return fail("revoked", row, opts.request);
  if (row.expiresAt && row.expiresAt <= now) return fail("expired", row, opts.request);
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_GRANULARITY_MS) touch(row, now);
  return toActor(row);
}

// The actor of a cached row is built once (the row object lives as long as its cache entry).
const actors = new WeakMap<TokenRow, TokenActor>();

function toActor(row: TokenRow): TokenActor {
  let actor = actors.get(row);
  if (!actor) actors.set(row, (actor = buildActor(row)));
  return actor;
}

function buildActor(row: TokenRow): TokenActor {
  const permissions = row.permissions
    .split(",")
    .filter((p): p is ApiTokenPermission => (API_TOKEN_PERMISSIONS as readonly string[]).includes(p));
  return {
    kind: "token",
    tokenId: row.id,
    label: tokenLabel(row),
    orgId: row.orgId,
    workspaceId: row.workspaceId,
    permissions: new Set(permissions),
    environmentIds: new Set(JSON.parse(row.environmentIds) as string[]),
  };
}

export const tokenLabel = (row: { name: string; prefix: string }) => `token ${row.name} (${row.prefix})`;

/** Records the last use without delaying the request (the cached row is updated as well). */
function touch(row: TokenRow, now: Date) {
  row.lastUsedAt = now;
  db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } }).catch((e: unknown) => {
    console.error("strongroom: could not record the last use of an API token:", e instanceof Error ? e.name : typeof e);
  });
}

async function fail(
  reason: string,
  row: TokenRow | null,
  request?: RequestInfo | null,
  prefix?: string,
): Promise<never> {
  try {
    await recordAudit({
      orgId: row?.orgId ?? null,
      actor: row
        ? { type: "TOKEN", tokenId: row.id, label: tokenLabel(row) }
        : { type: "ANONYMOUS", label: prefix ? `unknown token (${prefix})` : "no token" },
      action: "token.auth_failed",
      outcome: "DENIED",
      target: row ? { type: "api_token", id: row.id } : null,
      detail: { reason },
      request,
    });
  } catch (e) {
    console.error("strongroom: could not audit a failed token authentication:", e instanceof Error ? e.name : typeof e);
  }
  throw new UnauthenticatedError(
    reason === "missing" || reason === "malformed"
      ? "A valid API token is required (Authorization: Bearer <token>)."
      : "The API token is invalid, expired or revoked.",
  );
}
