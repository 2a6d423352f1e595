// The one shape of a record's id (a cuid, a UUID or a time-ordered id) wherever one comes from
// outside: action inputs and route parameters. Anything else names no record and is refused
// before the database sees it (PostgreSQL rejects a NUL byte with an error, not a miss). Client-safe.
import { z } from "zod";

export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "Invalid id.");

/** Whether a route parameter can be a record's id. */
export const isRecordId = (value: string): boolean => idSchema.safeParse(value).success;
