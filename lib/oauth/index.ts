// OAuth 2.0 client credentials (PRODUCT.md §5 rule 6): token fetch through the egress guard,
// per-process cache, and the secret page's Test action.
import "server-only";
export { getAccessToken, clientCredentialsOf, type AccessToken } from "./access-token.ts";
export { basicCredential, type ClientCredentials } from "./fetch-token.ts";
export { clearTokenCache, DEFAULT_TOKEN_TTL_MS } from "./token-cache.ts";
export { OAuthError } from "./token-response.ts";
export { testClientCredentials, type TokenTestResult } from "./test-token.ts";
