import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** Tokens look like `sr_<12 char prefix>_<43 char secret>`; only the SHA-256 is stored. */
export const TOKEN_PREFIX = "sr_";

export function generateApiToken(): { token: string; prefix: string; hash: string } {
  const prefix = randomBytes(9).toString("base64url");
  const token = `${TOKEN_PREFIX}${prefix}_${randomBytes(32).toString("base64url")}`;
  return { token, prefix, hash: hashApiToken(token) };
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function hashesEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, "hex");
  const y = Buffer.from(b, "hex");
  return x.length === y.length && timingSafeEqual(x, y);
}

export function looksLikeApiToken(value: string): boolean {
  return /^sr_[A-Za-z0-9_-]{12}_[A-Za-z0-9_-]{43}$/.test(value);
}
