import type { Scope } from "../domain/constants.ts";

/** The uniqueness scope of a secret name: one namespace per organization, workspace and person. */
export function scopeKey(scope: Scope, ids: { workspaceId?: string | null; ownerId?: string | null }): string {
  if (scope === "ORGANIZATION") return "org";
  if (scope === "WORKSPACE") return `ws:${ids.workspaceId}`;
  return `user:${ids.ownerId}`;
}
