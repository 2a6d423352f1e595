import { AppError, ConflictError } from "../../errors/index.ts";

export function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: string }).code === "P2002";
}

export function staleVersionError(name: string) {
  return new ConflictError(
    `The secret "${name}" was changed by someone else while you were editing. Reload it to see the latest version, then apply your changes again.`,
  );
}

export function nameTakenError(name: string) {
  return new ConflictError(`A secret named "${name}" already exists in this storage location.`, {
    name: [`A secret named "${name}" already exists in this storage location.`],
  });
}

/** The stored value is not the version its head points to (value-rows.ts): refused, never served. */
export function valueNotCurrentError(name: string) {
  return new AppError(
    `The stored value of "${name}" is not its current version, so it was not used. ` +
      "An administrator has been notified through the audit log.",
    "value_integrity_failed",
    500,
  );
}
