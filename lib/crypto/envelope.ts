// Envelope encryption of secret values: a fresh data key per value version encrypts the
// value; the data key is wrapped by a master key. Both are bound to the value's context.
import { VALUE_FORMAT, type ValueContext, valueAad } from "./aad.ts";
import { aesGcmDecrypt, aesGcmEncrypt, KEY_BYTES, NONCE_BYTES, TAG_BYTES } from "./aes-gcm.ts";
import { DecryptionError, UnknownMasterKeyError } from "./errors.ts";
import type { KeyProvider } from "./key-provider.ts";
import { freshRandomBytes } from "./random.ts";

export type EncryptedValue = {
  format: number;
  ciphertext: Buffer;
  nonce: Buffer;
  tag: Buffer;
  wrappedKey: Buffer;
  masterKeyId: string;
};

export async function encryptValue(
  plaintext: Buffer,
  ctx: ValueContext,
  provider: KeyProvider,
): Promise<EncryptedValue> {
  const aad = valueAad(ctx);
  const dataKey = freshRandomBytes(KEY_BYTES);
  try {
    const nonce = freshRandomBytes(NONCE_BYTES);
    const { ciphertext, tag } = aesGcmEncrypt(dataKey, nonce, plaintext, aad);
    const { wrappedKey, keyId } = await provider.wrap(dataKey, aad);
    return { format: VALUE_FORMAT, ciphertext, nonce, tag, wrappedKey, masterKeyId: keyId };
  } finally {
    dataKey.fill(0);
  }
}

// Checks that need no key; returns the AAD. Messages carry reasons and key ids only.
function prepare(enc: EncryptedValue, ctx: ValueContext, provider: KeyProvider): Buffer {
  if (enc.format !== VALUE_FORMAT) {
    throw new DecryptionError("unsupported-format", `cannot decrypt value: unsupported format ${Number(enc.format)}`);
  }
  if (!provider.hasKey(enc.masterKeyId)) {
    throw new DecryptionError(
      "unknown-key",
      `cannot decrypt value: ${new UnknownMasterKeyError(enc.masterKeyId).message}`,
    );
  }
  if (enc.nonce.length !== NONCE_BYTES || enc.tag.length !== TAG_BYTES) {
    throw new DecryptionError("malformed", "cannot decrypt value: nonce or tag has the wrong length");
  }
  try {
    return valueAad(ctx);
  } catch {
    throw new DecryptionError("malformed", "cannot decrypt value: invalid value context");
  }
}

function authenticationFailed(): DecryptionError {
  return new DecryptionError(
    "authentication-failed",
    "cannot decrypt value: authentication failed (wrong context, wrong key or corrupted data)",
  );
}

async function unwrapDataKey(enc: EncryptedValue, aad: Buffer, provider: KeyProvider): Promise<Buffer> {
  try {
    return await provider.unwrap(enc.wrappedKey, enc.masterKeyId, aad);
  } catch (err) {
    if (err instanceof UnknownMasterKeyError)
      throw new DecryptionError("unknown-key", `cannot decrypt value: ${err.message}`);
    throw authenticationFailed();
  }
}

export async function decryptValue(enc: EncryptedValue, ctx: ValueContext, provider: KeyProvider): Promise<Buffer> {
  const aad = prepare(enc, ctx, provider);
  const dataKey = await unwrapDataKey(enc, aad, provider);
  try {
    return aesGcmDecrypt(dataKey, enc.nonce, enc.ciphertext, enc.tag, aad);
  } catch {
    throw authenticationFailed();
  } finally {
    dataKey.fill(0);
  }
}

/**
 * Re-wraps the data key under the provider's current master key; the ciphertext, nonce and
 * tag are unchanged. A value already under the current key is returned as is.
 */
export async function rewrapValue(
  enc: EncryptedValue,
  ctx: ValueContext,
  provider: KeyProvider,
): Promise<EncryptedValue> {
  const aad = prepare(enc, ctx, provider);
  if (enc.masterKeyId === provider.currentKeyId()) return enc;
  const dataKey = await unwrapDataKey(enc, aad, provider);
  try {
    const { wrappedKey, keyId } = await provider.wrap(dataKey, aad);
    return { ...enc, wrappedKey, masterKeyId: keyId };
  } finally {
    dataKey.fill(0);
  }
}

/** Runs fn with a plaintext buffer and zeroes the buffer afterwards, whatever happens. */
export async function withPlaintext<T>(buf: Buffer, fn: (plaintext: Buffer) => T | Promise<T>): Promise<T> {
  try {
    return await fn(buf);
  } finally {
    buf.fill(0);
  }
}
