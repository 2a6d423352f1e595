"use client";
// A button that asks first (alertdialog), then runs a server action; a refusal is shown in the
// dialog with its details, and the dialog stays open.
import { useState, type ReactNode } from "react";
import { Button, Dialog, DialogFooter, type ButtonProps } from "@/components/ui";
import type { ActionResult } from "@/lib/authz/action";
import { RefusalMessage } from "./refusal-message";
import { useRunAction } from "./use-run-action";

type Props<T> = {
  label: string;
  ariaLabel?: string;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  success: string | ((data: T) => string);
  call: () => Promise<ActionResult<T>>;
  variant?: ButtonProps["variant"];
  danger?: boolean;
};

export function ConfirmButton<T>({
  label,
  ariaLabel,
  title,
  description,
  confirmLabel,
  success,
  call,
  variant = "secondary",
  danger = true,
}: Props<T>) {
  const [open, setOpen] = useState(false);
  const { pending, refusal, clear, run } = useRunAction();
  const close = () => {
    setOpen(false);
    clear();
  };
  return (
    <>
      <Button variant={variant} size="sm" aria-label={ariaLabel} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Dialog open={open} onClose={close} role="alertdialog" title={title} description={description}>
        <RefusalMessage refusal={refusal} />
        <DialogFooter>
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button
            variant={danger ? "danger" : "primary"}
            pending={pending}
            onClick={() => run(call, { success, onDone: () => setOpen(false) })}
          >
            {confirmLabel}
          </Button>
        </DialogFooter>
      </Dialog>
    </>
  );
}
