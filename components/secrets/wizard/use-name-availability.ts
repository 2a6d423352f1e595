"use client";
// The live uniqueness check of the secret name in the chosen storage location (debounced;
// the server action answers only for places the user may create secrets in). `settle` asks
// at once, for the Next button: leaving the Credential step waits for the answer.
import { useCallback, useEffect, useState } from "react";
import type { Scope } from "@/lib/domain/constants";
import { secretNameSchema } from "@/lib/secrets/secret-input";
import type { CheckSecretNameAction } from "../action-types.ts";

export type NameState = "idle" | "checking" | "available" | "taken" | "unknown";
export type NameAvailability = { state: NameState; name: string; settle: () => Promise<NameState> };

const DEBOUNCE_MS = 400;

export function takenMessage(name: string): string {
  return `A secret named "${name}" already exists in this storage location.`;
}

type Place = { orgId: string; scope: Scope | ""; workspaceId: string; name: string };

export function useNameAvailability(
  check: CheckSecretNameAction,
  { orgId, scope, workspaceId, name }: Place,
): NameAvailability {
  const [result, setResult] = useState<{ state: NameState; name: string }>({ state: "idle", name: "" });
  const ready =
    scope !== "" && (scope !== "WORKSPACE" || workspaceId !== "") && secretNameSchema.safeParse(name).success;

  const ask = useCallback(async (): Promise<NameState> => {
    const r = await check({
      orgId,
      scope: scope as Scope,
      workspaceId: scope === "WORKSPACE" ? workspaceId : undefined,
      name,
    });
    return r.ok ? (r.data.available ? "available" : "taken") : "unknown";
  }, [check, orgId, scope, workspaceId, name]);

  useEffect(() => {
    if (!ready) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      setResult({ state: "checking", name });
      const state = await ask();
      if (!cancelled) setResult({ state, name });
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [ask, name, ready]);

  const current = ready && result.name === name ? result : { state: "idle" as const, name };
  const settle = useCallback(async (): Promise<NameState> => {
    if (!ready) return "idle";
    if (current.state === "available" || current.state === "taken") return current.state;
    const state = await ask();
    setResult({ state, name });
    return state;
  }, [ready, current.state, ask, name]);

  return { ...current, settle };
}
