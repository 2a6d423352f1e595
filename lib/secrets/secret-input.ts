// Secret-level fields (name, description, expiration date), shared by the forms and the
// server. Pure and client-safe.
import { z } from "zod";
import { safeText } from "../domain/text.ts";

export const SECRET_NAME_MAX_LENGTH = 128;
export const DESCRIPTION_MAX_LENGTH = 1000;
export const SECRET_NAME_PATTERN = /^[A-Za-z0-9_.-]+$/;

export const NAME_ADVICE =
  "Use lowercase letters with underscores, e.g. stripe_api_key. The name is case-sensitive and cannot be changed after creation.";

/** Required, 1–128 of letters, digits, `_`, `.`, `-`, not only dots; unique per scope (checked by the server). */
export const secretNameSchema = z
  .string({ error: "Secret name is required." })
  .min(1, { error: "Secret name is required.", abort: true })
  .max(SECRET_NAME_MAX_LENGTH, `Secret name is too long: at most ${SECRET_NAME_MAX_LENGTH} characters.`)
  .regex(
    SECRET_NAME_PATTERN,
    "Secret name may contain only letters, digits, '_', '.' and '-' (no spaces). Use lowercase with underscores, e.g. stripe_api_key.",
  )
  // "." and ".." would name the current and parent path segment in /api/v1/secrets/{name}.
  .refine(
    (v) => !/^\.+$/.test(v),
    "Secret name cannot be made only of dots: include a letter or digit, e.g. stripe_api_key.",
  );

/** Optional, trimmed, at most 1000 characters; empty means none. */
export const descriptionSchema = z
  .string({ error: "Description must be text." })
  .trim()
  .max(DESCRIPTION_MAX_LENGTH, `Description is too long: at most ${DESCRIPTION_MAX_LENGTH} characters.`)
  .superRefine(safeText("Description", { multiline: true }))
  .optional()
  .transform((v) => v || undefined);

const DATE_MESSAGE = "Enter the expiration date as a date (YYYY-MM-DD).";
/** Expiration dates outside these years are typing mistakes (0000-01-01, 20255-01-01). */
const EXPIRATION_MIN_YEAR = 2000;
const EXPIRATION_MAX_YEAR = 9999;
const RANGE_MESSAGE = `Enter an expiration date between ${EXPIRATION_MIN_YEAR}-01-01 and ${EXPIRATION_MAX_YEAR}-12-31.`;

/**
 * Optional: a Date, "YYYY-MM-DD" (an <input type="date">; read as 00:00 UTC, so that
 * `toISOString().slice(0, 10)` gives the same day back) or an ISO date-time with offset.
 * "" and null mean none; days that do not exist and years outside 2000–9999 are refused.
 * Output: Date | undefined.
 */
export const expirationDateSchema = z
  .union([z.date(), z.iso.date(), z.iso.datetime({ offset: true }), z.literal("")], { error: DATE_MESSAGE })
  .nullish()
  .transform((v) => (v === null || v === undefined || v === "" ? undefined : new Date(v)))
  .refine((v) => v === undefined || !Number.isNaN(v.getTime()), { error: DATE_MESSAGE, abort: true })
  .refine((v) => {
    const year = v?.getUTCFullYear();
    return year === undefined || (year >= EXPIRATION_MIN_YEAR && year <= EXPIRATION_MAX_YEAR);
  }, RANGE_MESSAGE);

export type SecretName = z.output<typeof secretNameSchema>;
