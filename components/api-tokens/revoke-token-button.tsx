"use client";
// "Revoke" with a confirmation; the token stops working at once.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button, Dialog } from "@/components/ui";
import type { RevokeTokenAction } from "./types";

export function RevokeTokenButton({
  tokenId,
  name,
  revoke,
}: {
  tokenId: string;
  name: string;
  revoke: RevokeTokenAction;
}) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const confirm = () =>
    startTransition(async () => {
      const result = await revoke({ tokenId });
      if (!result.ok) return setError(result.error);
      setOpen(false);
      router.refresh();
    });
  return (
    <>
      <Button variant="secondary" size="sm" onClick={() => setOpen(true)} aria-label={`Revoke ${name}`}>
        Revoke
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        role="alertdialog"
        title={`Revoke “${name}”?`}
        description="Clients using this token are refused from now on. This cannot be undone."
      >
        {error && (
          <p role="alert" className="mb-4 text-sm text-red-700">
            {error}
          </p>
        )}
        {/* Only buttons below the description: no footer rule and gap of their own, so no empty band. */}
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={() => setOpen(false)}>
            Cancel
          </Button>
          <Button variant="danger" pending={pending} onClick={confirm}>
            Revoke token
          </Button>
        </div>
      </Dialog>
    </>
  );
}
