/**
 * Whether a route parameter can be a record's id (cuid or UUID; the shape lib/'s zod schemas
 * accept). Anything else names no record: the loaders answer 404 without a database read, so
 * hostile input (a NUL byte, which PostgreSQL rejects) never becomes a 500.
 */
export const isRecordId = (value: string): boolean => /^[A-Za-z0-9_-]{1,64}$/.test(value);
