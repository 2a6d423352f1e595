import "server-only";
import { db } from "../db/index.ts";
import { API_TOKEN_PERMISSIONS, type ApiTokenPermission } from "../domain/constants.ts";
import { UnauthenticatedError } from "../errors/index.ts";
import type { TokenActor } from "../authz/actor.ts";
import { hashApiToken, hashesEqual, looksLikeApiToken } from "./token-format.ts";

/** Resolves `Authorization: Bearer <token>` to a token actor, or throws 401. */
export async function authenticateApiToken(authorization: string | null, now = new Date()): Promise<TokenActor> {
  const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token || !looksLikeApiToken(token)) throw new UnauthenticatedError("A valid API token is required (Authorization: Bearer <token>).");
  const hash = hashApiToken(token);
  const row = await db.apiToken.findUnique({ where: { tokenHash: hash } });
  if (!row || !hashesEqual(row.tokenHash, hash) || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) {
    throw new UnauthenticatedError("The API token is invalid, expired or revoked.");
  }
  const permissions = row.permissions
    .split(",")
    .filter((p): p is ApiTokenPermission => (API_TOKEN_PERMISSIONS as readonly string[]).includes(p));
  return {
    kind: "token",
    tokenId: row.id,
    label: `token ${row.name} (${row.prefix})`,
    orgId: row.orgId,
    workspaceId: row.workspaceId,
    permissions: new Set(permissions),
    environmentIds: new Set(JSON.parse(row.environmentIds) as string[]),
  };
}
