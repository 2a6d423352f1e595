"use client";
// The live uniqueness check of the secret name in the chosen storage location (debounced;
// the server action answers only for places the user may create secrets in).
import { useEffect, useState } from "react";
import type { Scope } from "@/lib/domain/constants";
import { secretNameSchema } from "@/lib/secrets/secret-input";
import type { CheckSecretNameAction } from "../action-types.ts";

export type NameAvailability = { state: "idle" | "checking" | "available" | "taken" | "unknown"; name: string };

const DEBOUNCE_MS = 400;

export function takenMessage(name: string): string {
  return `A secret named "${name}" already exists in this storage location.`;
}

export function useNameAvailability(
  check: CheckSecretNameAction,
  { orgId, scope, workspaceId, name }: { orgId: string; scope: Scope | ""; workspaceId: string; name: string },
): NameAvailability {
  const [result, setResult] = useState<NameAvailability>({ state: "idle", name: "" });
  const ready = scope !== "" && (scope !== "WORKSPACE" || workspaceId !== "") && secretNameSchema.safeParse(name).success;

  useEffect(() => {
    if (!ready) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      setResult({ state: "checking", name });
      const r = await check({ orgId, scope: scope as Scope, workspaceId: scope === "WORKSPACE" ? workspaceId : undefined, name });
      if (cancelled) return;
      setResult({ state: r.ok ? (r.data.available ? "available" : "taken") : "unknown", name });
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [check, orgId, scope, workspaceId, name, ready]);

  return ready && result.name === name ? result : { state: "idle", name };
}
