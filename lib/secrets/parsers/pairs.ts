// Key/Value pairs: the shape shared by the Key/Value credential type, the `.env` and JSON
// importers and the `.env` exporter. Pure and client-safe.

export interface Pair {
  key: string;
  value: string;
}

/** Letters, digits, `_`, `.` and `-`; starts with a letter or `_`; 1–256 characters. */
export const PAIR_KEY_PATTERN = /^[A-Za-z_][A-Za-z0-9_.-]{0,255}$/;
export const PAIR_KEY_MAX_LENGTH = 256;

/** Keys are not secret, but a very long one is shortened before it is shown in a message. */
export function quoteKey(key: string): string {
  return JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key);
}

/** Why `key` is not a valid key, or null when it is. */
export function pairKeyProblem(key: string): string | null {
  if (key === "") return "Key is required.";
  if (key.length > PAIR_KEY_MAX_LENGTH) {
    return `Key ${quoteKey(key)} is too long: at most ${PAIR_KEY_MAX_LENGTH} characters.`;
  }
  if (!PAIR_KEY_PATTERN.test(key)) {
    return `Key ${quoteKey(key)} must start with a letter or '_' and contain only letters, digits, '_', '.' and '-'.`;
  }
  return null;
}
