"use client";

import { useState } from "react";
import { signOut } from "next-auth/react";
import { Button, type ButtonProps } from "@/components/ui";

export function SignOutButton(props: Omit<ButtonProps, "onClick" | "pending">) {
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="secondary"
      {...props}
      pending={pending}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: "/login" }).catch(() => setPending(false));
      }}
    >
      Sign out
    </Button>
  );
}
