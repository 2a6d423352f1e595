import "server-only";
import type { AuditInput, RequestInfo } from "../../audit/index.ts";
import { actorAudit, type AccessibleSecret, type Actor } from "../../authz/index.ts";

/** The audit record of a successful action on a secret (never carries a value). */
export function secretAuditEvent(
  actor: Actor,
  facts: Pick<AccessibleSecret, "id" | "name" | "orgId" | "scope" | "ownerId">,
  action: string,
  extra: { environmentId?: string | null; detail?: Record<string, unknown>; request?: RequestInfo | null; outcome?: AuditInput["outcome"] } = {},
): AuditInput {
  return {
    orgId: facts.orgId,
    actor: actorAudit(actor),
    action,
    outcome: extra.outcome ?? "SUCCESS",
    secret: { id: facts.id, name: facts.name, personalOwnerId: facts.scope === "PERSONAL" ? facts.ownerId : null },
    environmentId: extra.environmentId ?? null,
    detail: extra.detail,
    request: extra.request,
  };
}
