"use client";
// Fork, Edit and Delete for one command, as the permission table allows (the server checks again).
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button, Dialog, DialogFooter, buttonClasses, useToast } from "@/components/ui";
import type { CommandAction } from "@/lib/authz/command-permissions";
import type { DeleteCommandAction, ForkCommandAction } from "./action-types.ts";
import { forkMessage } from "./fork-message.ts";

type Props = {
  command: { id: string; name: string; actions: CommandAction[] };
  fork: ForkCommandAction;
  remove: DeleteCommandAction;
  showRun?: boolean;
  size?: "sm" | "md";
};

export function CommandActions({ command, fork, remove, showRun, size = "md" }: Props) {
  const router = useRouter();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState<"fork" | "delete" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const can = (a: CommandAction) => command.actions.includes(a);

  async function onFork() {
    setPending("fork");
    const r = await fork({ commandId: command.id });
    setPending(null);
    if (!r.ok) return toast(r.error, "error");
    toast(forkMessage(r.data.name, r.data.dropped), "success");
    router.push(`/quick-commands/${r.data.id}`);
  }

  async function onDelete() {
    setPending("delete");
    const r = await remove({ commandId: command.id });
    setPending(null);
    if (!r.ok) return setError(r.error);
    setConfirming(false);
    toast(`Deleted "${command.name}".`, "success");
    router.push("/quick-commands");
    router.refresh();
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      {showRun && can("run") && (
        <Link href={`/quick-commands/${command.id}#run`} className={buttonClasses("secondary", size)}>
          Run
        </Link>
      )}
      {can("edit") && (
        <Link href={`/quick-commands/${command.id}/edit`} className={buttonClasses("secondary", size)}>
          Edit
        </Link>
      )}
      {can("fork") && (
        <Button variant="secondary" size={size} pending={pending === "fork"} onClick={onFork}>
          Fork
        </Button>
      )}
      {can("delete") && (
        <Button variant="danger" size={size} onClick={() => (setError(null), setConfirming(true))}>
          Delete
        </Button>
      )}
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        role="alertdialog"
        title={`Delete "${command.name}"?`}
        description="The command and its entries in “Where used” are removed. The secrets it uses are not changed."
      >
        {error && (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
        <DialogFooter>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
          <Button variant="danger" pending={pending === "delete"} onClick={onDelete}>
            Delete quick command
          </Button>
        </DialogFooter>
      </Dialog>
    </div>
  );
}
