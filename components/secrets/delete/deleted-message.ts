import type { DeleteOutcome } from "./delete-secret-dialog.tsx";

/** The toast after a deletion. */
export function deletedMessage({ name, mode, deletionDueOn }: DeleteOutcome): string {
  return mode === "now"
    ? `${name} was deleted.`
    : `${name} is scheduled for deletion on ${deletionDueOn ?? "the due date"}.`;
}
