// The server actions the list and the secret page hand to the delete dialog and row menus.
import { cancelDeletionAction, deleteSecretAction } from "./actions/delete";
import { listSecretUsagesAction } from "./actions/usages";
import type { DeletionActions } from "@/components/secrets/action-types";

export const deletionActions: DeletionActions = {
  deleteSecret: deleteSecretAction,
  cancelDeletion: cancelDeletionAction,
  listUsages: listSecretUsagesAction,
};
