// The outgoing-request guard (PRODUCT.md §5 rule 7): every request Strongroom sends on a
// user's behalf (Quick Commands, OAuth token fetches) goes through guardedFetch.
import "server-only";
export {
  guardedFetch,
  DEFAULT_MAX_BYTES,
  DEFAULT_TIMEOUT_MS,
  MAX_REDIRECTS,
  type GuardedRequest,
  type GuardedResponse,
  type GuardedOptions,
} from "./fetch.ts";
export { checkTarget, configuredAllowList, type CheckedTarget, type Resolver } from "./check-target.ts";
export { parseAllowList, isAllowListed, type AllowList } from "./allow-list.ts";
export { refusalReason } from "./ip-policy.ts";
export { EgressError } from "./errors.ts";
