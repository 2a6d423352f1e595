// An access token for a resolved Client Credentials secret: from the cache when still fresh,
// else fetched from its token URL (and cached).
import "server-only";
import { now as clockNow } from "../lifecycle/clock.ts";
import type { GuardedOptions } from "../egress/index.ts";
import { CLIENT_AUTH_METHODS } from "../secrets/credential-types/index.ts";
import { fetchToken, type ClientCredentials } from "./fetch-token.ts";
import { cachedToken, cacheKey, singleFlight, storeToken, toCached, type CachedToken } from "./token-cache.ts";

export type AccessToken = CachedToken & { fromCache: boolean };

/** The client credentials inside a resolved secret's fields (lib/secrets buildInjection). */
export function clientCredentialsOf(fields: Record<string, string>): ClientCredentials {
  const auth = fields.clientAuth as ClientCredentials["clientAuth"];
  return {
    tokenUrl: fields.tokenUrl ?? "",
    clientId: fields.clientId ?? "",
    clientSecret: fields.clientSecret ?? "",
    scopes: fields.scopes?.trim() || null,
    clientAuth: (CLIENT_AUTH_METHODS as readonly string[]).includes(auth) ? auth : "basic",
  };
}

export async function getAccessToken(
  ref: { secretId: string; environmentId: string },
  credentials: ClientCredentials,
  opts: { fresh?: boolean; egress?: GuardedOptions } = {},
): Promise<AccessToken> {
  const key = cacheKey(ref.secretId, ref.environmentId, credentials);
  if (!opts.fresh) {
    const hit = cachedToken(key, clockNow().getTime());
    if (hit) return { ...hit, fromCache: true };
  }
  const token = await singleFlight(key, async () => {
    const t = toCached(await fetchToken(credentials, opts.egress), clockNow().getTime());
    storeToken(key, t);
    return t;
  });
  return { ...token, fromCache: false };
}
