"use client";
// The secret page's buttons: Edit, Cancel deletion (when scheduled) and Delete secret, as permitted.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button, buttonClasses, useToast } from "@/components/ui";
import type { DeletionActions } from "../action-types.ts";
import { DeleteSecretDialog, type DeleteOutcome } from "../delete/delete-secret-dialog.tsx";
import { deletedMessage } from "../delete/deleted-message.ts";
import type { SecretView } from "./secret-view.ts";

export function SecretPageActions({
  secret,
  actions,
  scheduleDeletionOn,
  graceDays,
}: {
  secret: Pick<SecretView, "id" | "name" | "status" | "actions">;
  actions: DeletionActions;
  scheduleDeletionOn: string;
  graceDays: number;
}) {
  const router = useRouter();
  const toast = useToast();
  const [deleting, setDeleting] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const canDelete = secret.actions.includes("delete");

  async function cancelDeletion() {
    setCancelling(true);
    const result = await actions.cancelDeletion({ secretId: secret.id });
    setCancelling(false);
    toast(
      result.ok ? `Deletion of ${secret.name} cancelled. The secret is usable again.` : result.error,
      result.ok ? "success" : "error",
    );
    router.refresh();
  }

  function onDeleted(outcome: DeleteOutcome) {
    setDeleting(false);
    toast(deletedMessage(outcome));
    if (outcome.mode === "now") router.push("/secrets");
    else router.refresh();
  }

  return (
    <>
      {secret.actions.includes("edit") && (
        <Link href={`/secrets/${secret.id}/edit`} className={buttonClasses("secondary")}>
          Edit
        </Link>
      )}
      {canDelete && secret.status === "SCHEDULED_FOR_DELETION" && (
        <Button variant="secondary" pending={cancelling} onClick={cancelDeletion}>
          Cancel deletion
        </Button>
      )}
      {canDelete && (
        <Button variant="danger" onClick={() => setDeleting(true)}>
          Delete secret
        </Button>
      )}
      <DeleteSecretDialog
        secret={deleting ? secret : null}
        scheduleDeletionOn={scheduleDeletionOn}
        graceDays={graceDays}
        actions={actions}
        onClose={() => setDeleting(false)}
        onDeleted={onDeleted}
      />
    </>
  );
}
