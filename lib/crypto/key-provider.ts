// Where master keys live. LocalKeyProvider keeps them in memory (from configuration); an
// external KMS (AWS KMS, Vault transit, ...) can implement the same interface.

export type WrappedKey = { wrappedKey: Buffer; keyId: string };

export interface KeyProvider {
  /** The id of the master key that new data keys are wrapped with. */
  currentKeyId(): string;
  hasKey(id: string): boolean;
  /** Wraps a data key under the current master key, binding it to `aad`. */
  wrap(dataKey: Buffer, aad: Buffer): Promise<WrappedKey>;
  /** Unwraps a data key; rejects if the key id is unknown or `aad` or `wrappedKey` do not match. */
  unwrap(wrappedKey: Buffer, keyId: string, aad: Buffer): Promise<Buffer>;
  /**
   * The HMAC key for keyed digests of values (see digest.ts), tied to the current master key
   * so that rotating the master key also rotates digests. It must be the same for the same
   * keyId across processes and restarts. A KMS-backed provider would derive or fetch it once
   * at start-up and cache it: digests are computed on hot paths and must not need a round trip.
   */
  digestKey(): { keyId: string; key: Buffer };
  /**
   * The HMAC key of the audit chain (lib/audit/hash.ts) derived from master key `keyId`
   * (default: the current one). Records name the key id they were made with, so that they
   * still verify after a rotation while that master key is configured. Same caching rule as
   * digestKey: derived once per key id and process, never a round trip per record.
   */
  auditKey(keyId?: string): { keyId: string; key: Buffer };
}
