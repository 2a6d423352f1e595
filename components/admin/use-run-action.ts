"use client";
// Runs a server action from a button: pending state, the refusal's message kept for display,
// a toast on success and a refresh of the server components.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useToast } from "@/components/ui";
import type { ActionResult } from "@/lib/authz/action";

export type Refusal = { message: string; details: string[] };

export function useRunAction() {
  const [pending, startTransition] = useTransition();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const router = useRouter();
  const toast = useToast();

  function run<T>(
    call: () => Promise<ActionResult<T>>,
    opts: { success?: string | ((data: T) => string); onDone?: (data: T) => void } = {},
  ) {
    setRefusal(null);
    startTransition(async () => {
      const result = await call();
      if (!result.ok) {
        setRefusal({ message: result.error, details: Object.values(result.fieldErrors ?? {}).flat() });
        return;
      }
      if (opts.success) toast(typeof opts.success === "function" ? opts.success(result.data) : opts.success);
      opts.onDone?.(result.data);
      router.refresh();
    });
  }

  return { pending, refusal, clear: () => setRefusal(null), run };
}
