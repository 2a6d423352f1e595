"use client";
// The delete dialog: first where the secret is used (and, when it is, that those consumers will
// fail at run time), then
// Delete now or Schedule deletion, and a typed DELETE that enables the button. The server
// checks the confirmation and the permission again.
import { useActionState, useId, useState } from "react";
import { EMPTY_FORM_STATE, formError, type FormState } from "@/lib/authz/form-state";
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
    <Dialog
      open={secret !== null}
      onClose={onClose}
      title={secret ? `Delete “${secret.name}”?` : ""}
      className="max-w-2xl"
    >
      {secret && <DeleteSecretForm key={secret.id} {...props} secret={secret} />}
    </Dialog>
  );
}

function DeleteSecretForm({
  secret,
  scheduleDeletionOn,
  graceDays,
  actions,
  onClose,
  onDeleted,
}: DeleteSecretDialogProps & { secret: DeletableSecret }) {
  const alreadyScheduled = secret.status === "SCHEDULED_FOR_DELETION";
  const [mode, setMode] = useState<DeleteMode>(alreadyScheduled ? "now" : "schedule");
  const [confirmation, setConfirmation] = useState("");
  // The form's server action: the confirmation and the permission are checked there again. A
  // success is reported at once, before the refreshed page (where the secret may be gone) renders.
  const [state, submit, pending] = useActionState(async (previous: FormState<unknown>, form: FormData) => {
    const answer = await actions.deleteSecret(previous, form);
    const result = answer.result;
    if (result?.ok) onDeleted({ name: secret.name, mode: result.data.mode, deletionDueOn: result.data.deletionDueOn });
    return answer;
  }, EMPTY_FORM_STATE);
  // Consumers using the secret (null until Where used has loaded): the warning is for them only.
  const [usedBy, setUsedBy] = useState<number | null>(null);
  const confirmId = useId();
  const errorId = useId();
  const error = formError(state);
  return (
    <form action={submit} noValidate aria-busy={pending || undefined}>
      <input type="hidden" name="secretId" value={secret.id} />
      <WhereUsedPanel secretId={secret.id} listUsages={actions.listUsages} headingLevel={3} onCount={setUsedBy} />
      {usedBy !== null && usedBy > 0 && (
        <p className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {usedBy === 1 ? "The consumer that uses it" : `The ${usedBy} consumers that use it`} will fail at run time
          with an error saying that the secret <strong>{secret.name}</strong> is missing.
        </p>
      )}
      <DeleteModeOptions
        mode={mode}
        onChange={setMode}
        allowSchedule={!alreadyScheduled}
        scheduleDeletionOn={scheduleDeletionOn}
        graceDays={graceDays}
      />
      <div className="mt-4">
        <Label htmlFor={confirmId}>Type DELETE to confirm</Label>
        <Input
          id={confirmId}
          name="confirmation"
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
