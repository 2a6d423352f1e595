// The storage location an Import or Export dialog starts with. Pure.
import type { ScopeChoice } from "./transfer-types";

/** The current workspace (chosen in the top bar) when the dialog offers it, else the first choice. */
export function defaultScopeValue(
  scopes: ScopeChoice[] | undefined,
  currentWorkspaceId: string | null | undefined,
): string {
  const current = currentWorkspaceId
    ? scopes?.find((s) => s.scope === "WORKSPACE" && s.workspaceId === currentWorkspaceId)
    : undefined;
  return (current ?? scopes?.[0])?.value ?? "";
}
