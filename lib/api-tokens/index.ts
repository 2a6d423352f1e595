// API tokens: format, authentication (cached lookups), rate limits and management.
import "server-only";
export { authenticateApiToken, tokenLabel } from "./authenticate.ts";
export { createApiToken, listApiTokens, revokeApiToken, type ApiTokenRow, type CreatedApiToken } from "./manage.ts";
export { enforceRateLimit, resetRateLimits } from "./limits.ts";
export { clearTokenCache, forgetToken, TOKEN_CACHE_TTL_MS } from "./token-cache.ts";
export { generateApiToken, hashApiToken } from "./token-format.ts";
