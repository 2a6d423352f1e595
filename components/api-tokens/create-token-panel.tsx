"use client";
// "Create token": the form in a dialog, then the token shown once in the same dialog.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button, Dialog } from "@/components/ui";
import { CreateTokenForm } from "./create-token-form";
import { CreatedTokenNotice } from "./created-token";
import type { CreatedToken, CreateTokenAction, Option } from "./types";

type Props = { orgId: string; workspaces: Option[]; environments: Option[]; action: CreateTokenAction };

export function CreateTokenPanel(props: Props) {
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const router = useRouter();
  const close = () => {
    setOpen(false);
    setCreated(null);
    router.refresh();
  };
  return (
    <>
      <Button onClick={() => setOpen(true)}>Create token</Button>
      <Dialog
        open={open}
        onClose={close}
        title={created ? "Token created" : "Create token"}
        description={created ? undefined : "Give the token only the permissions and environments its client needs."}
      >
        {created ? (
          <CreatedTokenNotice created={created} onDone={close} />
        ) : (
          <CreateTokenForm {...props} onCreated={setCreated} onCancel={close} />
        )}
      </Dialog>
    </>
  );
}
