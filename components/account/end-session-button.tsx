"use client";
// "End session" for another browser or device of the signed-in user; it is signed out at once.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button, useToast } from "@/components/ui";
import type { EndSessionAction } from "./types";

type Props = { handle: string; device: string; action: EndSessionAction };

export function EndSessionButton({ handle, device, action }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const toast = useToast();
  const router = useRouter();
  const end = () =>
    startTransition(async () => {
      const result = await action({ handle });
      if (!result.ok) return setError(result.error);
      toast(`Session on ${device} ended.`);
      router.refresh();
    });
  return (
    <div className="flex flex-col items-end gap-1">
      <Button variant="secondary" size="sm" pending={pending} onClick={end} aria-label={`End session on ${device}`}>
        End session
      </Button>
      {error && (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
