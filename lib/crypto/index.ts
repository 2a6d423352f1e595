// Envelope encryption of secret values (AES-256-GCM) and keyed digests.
import "server-only";
import { env, masterKeySpec } from "../env/index.ts";
import type { KeyProvider } from "./key-provider.ts";
import { LocalKeyProvider } from "./local-key-provider.ts";
import { parseMasterKeys } from "./master-keys.ts";

let cached: KeyProvider | undefined;

/** The process-wide key provider, built once from the master key configuration. */
export function getKeyProvider(): KeyProvider {
  cached ??= new LocalKeyProvider(parseMasterKeys(masterKeySpec(), env().STRONGROOM_MASTER_KEY_CURRENT));
  return cached;
}

/** For tests: rebuild the provider from configuration on the next call. */
export function resetKeyProviderCache(): void {
  cached = undefined;
}

export { VALUE_FORMAT, valueAad, type ValueContext } from "./aad.ts";
export { digestKeyId, digestValue } from "./digest.ts";
export { decryptValue, encryptValue, rewrapValue, withPlaintext, type EncryptedValue } from "./envelope.ts";
export { DecryptionError, UnknownMasterKeyError, type DecryptionFailure } from "./errors.ts";
export type { KeyProvider, WrappedKey } from "./key-provider.ts";
export { LocalKeyProvider } from "./local-key-provider.ts";
export { parseMasterKeys, type MasterKeySet } from "./master-keys.ts";
export { rotateMasterKeys, type RotateOptions, type RotateResult } from "./rotate.ts";
