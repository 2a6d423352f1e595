// The transfer screens compare current values (the head's version, value-rows.ts) by digest.
import "server-only";
import type { CurrentValue } from "../secrets/service/value-rows.ts";

export { currentValues, type CurrentValue, type CurrentValues } from "../secrets/service/value-rows.ts";

/** True when both are set and their digests were made with the same key and are equal. */
export function sameValue(a: CurrentValue | undefined, b: CurrentValue | undefined): boolean {
  return !!a && !!b && !a.destroyed && !b.destroyed && !!a.digest && a.digest === b.digest;
}
