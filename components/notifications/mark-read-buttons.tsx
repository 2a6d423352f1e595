"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui";

type Result = { ok: true; data: unknown } | { ok: false; error: string };
export type MarkReadAction = (input: { id: string }) => Promise<Result>;

function useRun() {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (fn: () => Promise<Result>) =>
    start(async () => {
      const r = await fn();
      if (!r.ok) return setError(r.error);
      setError(null);
      router.refresh();
    });
  return { pending, error, run };
}

export function MarkReadButton({ id, title, action }: { id: string; title: string; action: MarkReadAction }) {
  const { pending, error, run } = useRun();
  return (
    <>
      <Button
        variant="secondary"
        size="sm"
        pending={pending}
        aria-label={`Mark as read: ${title}`}
        onClick={() => run(() => action({ id }))}
      >
        Mark as read
      </Button>
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      )}
    </>
  );
}

export function MarkAllReadButton({ action }: { action: (input: Record<string, never>) => Promise<Result> }) {
  const { pending, error, run } = useRun();
  return (
    <>
      <Button variant="secondary" pending={pending} onClick={() => run(() => action({}))}>
        Mark all as read
      </Button>
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      )}
    </>
  );
}
