// The one AES-256-GCM primitive, used for values and for wrapping data keys.
import { createCipheriv, createDecipheriv } from "node:crypto";

export const KEY_BYTES = 32;
export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;

function checkSizes(key: Buffer, nonce: Buffer) {
  if (key.length !== KEY_BYTES) throw new RangeError(`AES-256-GCM key must be ${KEY_BYTES} bytes`);
  if (nonce.length !== NONCE_BYTES) throw new RangeError(`AES-GCM nonce must be ${NONCE_BYTES} bytes`);
}

export function aesGcmEncrypt(
  key: Buffer,
  nonce: Buffer,
  plaintext: Buffer,
  aad: Buffer,
): { ciphertext: Buffer; tag: Buffer } {
  checkSizes(key, nonce);
  const cipher = createCipheriv("aes-256-gcm", key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const head = cipher.update(plaintext);
  const tail = cipher.final();
  const ciphertext = tail.length === 0 ? head : Buffer.concat([head, tail]);
  return { ciphertext, tag: cipher.getAuthTag() };
}

/** Throws if the tag does not authenticate ciphertext and aad under key and nonce. */
export function aesGcmDecrypt(key: Buffer, nonce: Buffer, ciphertext: Buffer, tag: Buffer, aad: Buffer): Buffer {
  checkSizes(key, nonce);
  // Node would otherwise accept truncated tags (down to 4 bytes).
  if (tag.length !== TAG_BYTES) throw new RangeError(`AES-GCM tag must be ${TAG_BYTES} bytes`);
  const decipher = createDecipheriv("aes-256-gcm", key, nonce, { authTagLength: TAG_BYTES });
  decipher.setAAD(aad);
  decipher.setAuthTag(tag);
  const head = decipher.update(ciphertext);
  try {
    const tail = decipher.final();
    return tail.length === 0 ? head : Buffer.concat([head, tail]);
  } catch (err) {
    head.fill(0); // unauthenticated output never leaves this function
    throw err;
  }
}
