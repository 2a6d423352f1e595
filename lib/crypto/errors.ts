// Errors of the crypto module. Messages name key ids and reasons, never data or key material.

export type DecryptionFailure = "unknown-key" | "unsupported-format" | "malformed" | "authentication-failed";

export class DecryptionError extends Error {
  override name = "DecryptionError";
  constructor(
    readonly reason: DecryptionFailure,
    message: string,
  ) {
    super(message);
  }
}

export class UnknownMasterKeyError extends Error {
  override name = "UnknownMasterKeyError";
  constructor(readonly keyId: string) {
    super(`master key ${keyId} is not configured`);
  }
}
