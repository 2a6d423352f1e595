// Expected errors carry a user-facing message and an HTTP status; anything else is an
// unexpected error, logged on the server and shown as a generic message.

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = "Sign in to continue.") {
    super(message, "unauthenticated", 401);
  }
}

/** Also used for resources the caller may not see: their existence is not revealed. */
export class NotFoundError extends AppError {
  constructor(message = "Not found.") {
    super(message, "not_found", 404);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "You do not have permission to do this.") {
    super(message, "forbidden", 403);
  }
}

export class ValidationError extends AppError {
  constructor(message: string, fieldErrors?: FieldErrors) {
    super(message, "invalid_input", 422, fieldErrors);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, fieldErrors?: FieldErrors) {
    super(message, "conflict", 409, fieldErrors);
  }
}

/** A secret that exists but cannot be used now (expired, scheduled for deletion, deleted). */
export class UnusableSecretError extends AppError {
  constructor(message: string, code = "secret_unusable") {
    super(message, code, 409);
  }
}

export class RateLimitError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message, "rate_limited", 429);
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
