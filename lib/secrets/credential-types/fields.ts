// Field schemas shared by the credential types. Every message names the field by its label
// on screen (PRODUCT.md §8) and never repeats the value. Pure and client-safe.
import { z } from "zod";
import { stringOf } from "../../domain/text.ts";
import { describeBytes, NAME_MAX_LENGTH, SECRET_VALUE_MAX_BYTES, utf8Length } from "./limits.ts";

const LINE_BREAK_OR_NUL = /[\r\n\0]/;
/** RFC 9110 §5.6.2 `token`: the characters of a header name. */
const TCHAR_ONLY = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/**
 * A superRefine callback reporting `check(v)` as the issue; skips "" (the `min(1)` check
 * already says "… is required.", and one message per problem is enough).
 */
export function problemCheck(check: (value: string) => string | null) {
  return (value: string, ctx: z.core.$RefinementCtx<string>) => {
    if (value === "") return;
    const problem = check(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  };
}

/** A secret value as typed: never trimmed, at most 64 KiB of UTF-8. */
export function secretText(label: string, { allowEmpty = false } = {}) {
  return stringOf(label)
    .refine((v) => allowEmpty || v.length > 0, `${label} is required.`)
    .refine(
      (v) => v.length <= SECRET_VALUE_MAX_BYTES && utf8Length(v) <= SECRET_VALUE_MAX_BYTES,
      `${label} is too long: at most ${describeBytes(SECRET_VALUE_MAX_BYTES)}.`,
    );
}

/** A secret sent in an HTTP header: no CR, LF or NUL (they would split the header). */
export function headerValue(label: string) {
  return secretText(label).refine(
    (v) => !LINE_BREAK_OR_NUL.test(v),
    `${label} cannot contain line breaks or NUL characters (check for a trailing newline).`,
  );
}

/** Why `name` is not an RFC 9110 header name, or null. */
export function headerNameProblem(name: string): string | null {
  if (/\s/.test(name)) return "Header name cannot contain spaces.";
  if (name.includes(":")) return "Header name cannot contain ':'. Enter only the name, e.g. X-API-Key.";
  if (!TCHAR_ONLY.test(name)) {
    return "Header name may contain only letters, digits and the characters ! # $ % & ' * + - . ^ _ ` | ~.";
  }
  return null;
}

export function headerName(defaultValue?: string) {
  const schema = stringOf("Header name")
    .trim()
    .min(1, "Header name is required.")
    .max(NAME_MAX_LENGTH, `Header name is too long: at most ${NAME_MAX_LENGTH} characters.`)
    .superRefine(problemCheck(headerNameProblem));
  return defaultValue === undefined ? schema : schema.default(defaultValue);
}

/**
 * An optional secret (e.g. Passphrase): an empty string from a form means "none".
 * `check` returns why a non-empty value is refused, or null.
 */
export function optionalSecretText(label: string, check?: (v: string) => string | null) {
  return secretText(label, { allowEmpty: true })
    .superRefine(problemCheck((v) => check?.(v) ?? null))
    .optional()
    .transform((v) => (v === "" ? undefined : v));
}

/** A private key as text: PEM (PKCS#1, PKCS#8, SEC1) or OpenSSH. */
export function privateKeyProblem(label: string, v: string): string | null {
  if (/-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/.test(v)) return null;
  if (/-----BEGIN CERTIFICATE-----/.test(v)) {
    return `This is a certificate, not a private key. Paste the private key in the ${label} field.`;
  }
  if (/-----BEGIN (?:[A-Z0-9]+ )*PUBLIC KEY-----|^ssh-[a-z0-9-]+ /m.test(v)) {
    return `This is a public key. ${label} needs the private key.`;
  }
  return `${label} must be a PEM or OpenSSH private key (it starts with -----BEGIN … PRIVATE KEY-----).`;
}
