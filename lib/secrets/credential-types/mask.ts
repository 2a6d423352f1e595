// Masking secret payloads for review screens, and listing their secret strings so that the
// server can redact echoes of them. Pure and client-safe.
import type { CredentialType } from "./define.ts";
import { MASK } from "./limits.ts";
import { CREDENTIAL_TYPES, type SecretPayloadOf } from "./registry.ts";

/** The payload with every secret field replaced by MASK (Key/Value keys stay visible). */
export function maskPayload<T extends CredentialType>(type: T, payload: SecretPayloadOf<T>): SecretPayloadOf<T> {
  const source = payload as Record<string, unknown>;
  const masked: Record<string, unknown> = {};
  for (const field of CREDENTIAL_TYPES[type].secretFields) {
    const value = source[field.key];
    if (field.kind === "pairs" && Array.isArray(value)) {
      masked[field.key] = value.map((pair: { key: string }) => ({ key: pair.key, value: MASK }));
    } else if (typeof value === "string") {
      masked[field.key] = MASK;
    }
  }
  return masked as SecretPayloadOf<T>;
}

function collectStrings(value: unknown, into: Set<string>): void {
  if (typeof value === "string") into.add(value);
  else if (Array.isArray(value)) value.forEach((item) => collectStrings(item, into));
  else if (value !== null && typeof value === "object")
    Object.values(value).forEach((item) => collectStrings(item, into));
}

/**
 * Every non-empty secret string of a payload, longest first (replace in this order when
 * redacting). For JSON Credentials: the document and each string inside it, since a response
 * may echo one field (e.g. a service account's private_key) rather than the whole file.
 */
export function secretFieldValues<T extends CredentialType>(type: T, payload: SecretPayloadOf<T>): string[] {
  const source = payload as Record<string, unknown>;
  const values = new Set<string>();
  for (const field of CREDENTIAL_TYPES[type].secretFields) {
    const value = source[field.key];
    if (field.kind === "pairs" && Array.isArray(value)) {
      value.forEach((pair: { value?: unknown }) => collectStrings(pair.value, values));
    } else if (typeof value === "string") {
      values.add(value);
      if (type === "JSON_CREDENTIALS") {
        try {
          collectStrings(JSON.parse(value), values);
        } catch {
          // not JSON: the document itself is enough
        }
      }
    }
  }
  values.delete("");
  return [...values].sort((a, b) => b.length - a.length);
}
