"use client";
// "Roll back" asks first: the environment, the version, when and by whom it was written. The
// server still compares the secret's revision, so that a change made by someone else since the
// page loaded is reported as a conflict instead of being overwritten.
import { useState } from "react";
import { Button, Dialog, DialogFooter } from "@/components/ui";
import type { RollbackValueAction } from "../action-types.ts";
import type { VersionItem } from "./version-item.ts";

export function rollbackSentence(v: VersionItem): string {
  return `${v.environmentName} will use the value of version ${v.version} from ${v.createdAt}${v.author ? ` by ${v.author}` : ""}.`;
}

export function RollbackDialog({
  secretId,
  secretVersion,
  target,
  rollback,
  onClose,
  onDone,
}: {
  secretId: string;
  secretVersion: number;
  target: VersionItem | null;
  rollback: RollbackValueAction;
  onClose: () => void;
  /** After a rollback (the new version) or a conflict (null): the page reloads its data. */
  onDone: (version: number | null) => void;
}) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm(v: VersionItem) {
    setPending(true);
    setError(null);
    const result = await rollback({
      secretId,
      environmentId: v.environmentId,
      toVersion: v.version,
      expectedVersion: secretVersion,
    });
    setPending(false);
    if (result.ok) return onDone(result.data.version);
    setError(
      result.code === "conflict"
        ? "Someone changed this secret since the page was loaded, so nothing was rolled back. The history now shows the latest versions: check it and roll back again if you still want to."
        : result.error,
    );
    if (result.code === "conflict") onDone(null);
  }

  return (
    <Dialog
      open={target !== null}
      onClose={() => (setError(null), onClose())}
      role="alertdialog"
      title={target ? `Roll back ${target.environmentName} to version ${target.version}?` : ""}
      description={target ? rollbackSentence(target) : undefined}
    >
      <p className="text-sm text-zinc-700">
        The value in use now stays in the history; the rollback is saved as a new version.
      </p>
      {error && (
        <p role="alert" className="mt-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      )}
      <DialogFooter>
        <Button variant="secondary" onClick={() => (setError(null), onClose())}>
          Cancel
        </Button>
        <Button pending={pending} disabled={error !== null} onClick={() => target && confirm(target)}>
          Roll back
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
