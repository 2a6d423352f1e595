"use client";
import { useEffect, useState } from "react";
import type { TransferActions, TransferOptions } from "./transfer-types";

/** Loads the storage locations and environments a dialog offers, when it opens. */
export function useTransferOptions(
  open: boolean,
  orgId: string,
  kind: "import" | "export",
  load: TransferActions["options"],
) {
  const [options, setOptions] = useState<TransferOptions | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!open || options) return;
    let live = true;
    load({ orgId, kind }).then((r) => {
      if (!live) return;
      if (r.ok) setOptions(r.data);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [open, options, orgId, kind, load]);
  return { options, error };
}

/** "WORKSPACE:<id>" → { scope, workspaceId } */
export function targetOf(orgId: string, value: string) {
  const [scope, workspaceId] = value.split(":");
  return { orgId, scope: scope as "ORGANIZATION" | "WORKSPACE" | "PERSONAL", ...(workspaceId ? { workspaceId } : {}) };
}
