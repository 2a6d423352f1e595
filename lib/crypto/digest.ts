// Keyed digest of a plaintext value, to tell whether two values are equal (e.g. across
// environments) without revealing them. Keyed, so low-entropy values cannot be brute-forced
// from the digest alone.
import { createHmac } from "node:crypto";
import type { KeyProvider } from "./key-provider.ts";

/** Returns "<keyId>:<base64url HMAC-SHA-256>"; digests are comparable only with the same keyId. */
export function digestValue(plaintext: Buffer, provider: KeyProvider): string {
  const { keyId, key } = provider.digestKey();
  return `${keyId}:${createHmac("sha256", key).update(plaintext).digest("base64url")}`;
}

/** The master key id a digest was made with. */
export function digestKeyId(digest: string): string {
  const colon = digest.indexOf(":");
  return colon < 0 ? "" : digest.slice(0, colon);
}
