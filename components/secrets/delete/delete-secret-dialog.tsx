"use client";
// The delete dialog: first where the secret is used (and, when it is, that those consumers will
// fail at run time), then
// Delete now or Schedule deletion, and a typed DELETE that enables the button. The server
// checks the confirmation and the permission again.
import { useId, useState } from "react";
import { Button, Dialog, DialogFooter, FieldError, Input, Label } from "@/components/ui";
import type { DeletionActions } from "../action-types.ts";
import { WhereUsedPanel } from "../where-used/where-used-panel.tsx";
import { DeleteModeOptions, type DeleteMode } from "./delete-mode-options.tsx";

export const CONFIRMATION_WORD = "DELETE";

export type DeletableSecret = { id: string; name: string; status: string };
export type DeleteOutcome = { name: string; mode: DeleteMode; deletionDueOn: string | null };

export type DeleteSecretDialogProps = {
  secret: DeletableSecret | null;
  scheduleDeletionOn: string;
  graceDays: number;
  actions: Pick<DeletionActions, "deleteSecret" | "listUsages">;
  onClose: () => void;
  onDeleted: (outcome: DeleteOutcome) => void;
};

export function DeleteSecretDialog(props: DeleteSecretDialogProps) {
  const { secret, onClose } = props;
  return (
    <Dialog open={secret !== null} onClose={onClose} title={secret ? `Delete “${secret.name}”?` : ""} className="max-w-2xl">
      {secret && <DeleteSecretForm key={secret.id} {...props} secret={secret} />}
    </Dialog>
  );
}

function DeleteSecretForm({ secret, scheduleDeletionOn, graceDays, actions, onClose, onDeleted }: DeleteSecretDialogProps & { secret: DeletableSecret }) {
  const alreadyScheduled = secret.status === "SCHEDULED_FOR_DELETION";
  const [mode, setMode] = useState<DeleteMode>(alreadyScheduled ? "now" : "schedule");
  const [confirmation, setConfirmation] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Consumers using the secret (null until Where used has loaded): the warning is for them only.
  const [usedBy, setUsedBy] = useState<number | null>(null);
  const confirmId = useId();
  const errorId = useId();

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (confirmation !== CONFIRMATION_WORD) return;
    setPending(true);
    setError(null);
    const result = await actions.deleteSecret({ secretId: secret.id, mode, confirmation });
    setPending(false);
    if (!result.ok) return setError(result.error);
    onDeleted({ name: secret.name, mode: result.data.mode, deletionDueOn: result.data.deletionDueOn });
  }

  return (
    <form onSubmit={submit} noValidate>
      <WhereUsedPanel secretId={secret.id} listUsages={actions.listUsages} headingLevel={3} onCount={setUsedBy} />
      {usedBy !== null && usedBy > 0 && (
        <p className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {usedBy === 1 ? "The consumer that uses it" : `The ${usedBy} consumers that use it`} will fail at run time with an error saying that the secret{" "}
          <strong>{secret.name}</strong> is missing.
        </p>
      )}
      <DeleteModeOptions mode={mode} onChange={setMode} allowSchedule={!alreadyScheduled} scheduleDeletionOn={scheduleDeletionOn} graceDays={graceDays} />
      <div className="mt-4">
        <Label htmlFor={confirmId}>Type DELETE to confirm</Label>
        <Input
          id={confirmId}
          value={confirmation}
          onChange={(e) => setConfirmation(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className="max-w-xs font-mono"
        />
        <FieldError id={errorId}>{error}</FieldError>
      </div>
      <DialogFooter>
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" variant="danger" disabled={confirmation !== CONFIRMATION_WORD} pending={pending}>
          Delete secret
        </Button>
      </DialogFooter>
    </form>
  );
}
