"use client";

import { useState } from "react";
import { signOut } from "next-auth/react";
import { Button, type ButtonProps } from "@/components/ui";
import type { SignOutEverywhere } from "./types.ts";

type Props = Omit<ButtonProps, "onClick" | "pending"> & {
  /** Ends every session of the user (all browsers) before signing this one out. */
  everywhere?: SignOutEverywhere;
};

export function SignOutButton({ everywhere, ...props }: Props) {
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="secondary"
      {...props}
      pending={pending}
      onClick={() => {
        setPending(true);
        // Signing out everywhere continues to this browser's sign-out even if the action failed
        // (e.g. the session had already ended): the user asked to be signed out.
        const first = everywhere ? everywhere(undefined).catch(() => null) : Promise.resolve();
        void first.then(() => signOut({ callbackUrl: "/login" })).catch(() => setPending(false));
      }}
    >
      {everywhere ? "Sign out everywhere" : "Sign out"}
    </Button>
  );
}
