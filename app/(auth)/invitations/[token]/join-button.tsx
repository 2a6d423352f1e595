"use client";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui";
import type { joinInvitationAction } from "./actions";

/** An existing user, signed in as the invited e-mail, joins the organization. */
export function JoinButton({ token, action }: { token: string; action: typeof joinInvitationAction }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="space-y-3">
      <Button
        className="w-full"
        pending={pending}
        onClick={() =>
          start(async () => {
            const r = await action({ token });
            if (!r.ok) return setError(r.error);
            window.location.assign("/secrets");
          })
        }
      >
        Join organization
      </Button>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
