// Size limits of credential fields, and the mask shown instead of a secret value.
// Pure and client-safe.

export const KIB = 1024;
/** Per secret value, as AWS Secrets Manager and Google Secret Manager (64 KiB). */
export const SECRET_VALUE_MAX_BYTES = 64 * KIB;
/** A certificate file (PEM text or base64 of DER). */
export const CERTIFICATE_MAX_BYTES = 64 * KIB;
/** Header names, usernames. */
export const NAME_MAX_LENGTH = 256;
export const CLIENT_ID_MAX_LENGTH = KIB;
export const URL_MAX_LENGTH = 2048;
export const SCOPES_MAX_LENGTH = 4 * KIB;
export const KEY_VALUE_MAX_PAIRS = 1000;
/** All values of one Key/Value set together. */
export const KEY_VALUE_TOTAL_MAX_BYTES = 1024 * KIB;
export const DEFAULT_SFTP_PORT = 22;

/** Shown instead of every secret value; its length says nothing about the value. */
export const MASK = "••••••••";

/** UTF-8 length of `s` in bytes (a lone surrogate counts as U+FFFD, 3 bytes). */
export function utf8Length(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** "64 KiB (65,536 bytes)" */
export function describeBytes(bytes: number): string {
  return `${bytes / KIB} KiB (${bytes.toLocaleString("en-US")} bytes)`;
}
