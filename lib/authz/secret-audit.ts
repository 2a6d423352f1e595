import "server-only";
import type { AuditInput, RequestInfo } from "../audit/index.ts";
import { actorAudit, type Actor } from "./actor.ts";
import type { AccessibleSecret } from "./secret-access.ts";

/** The audit record of a successful action on a secret (never carries a value). */
export function secretAuditEvent(
  actor: Actor,
  facts: Pick<AccessibleSecret, "id" | "name" | "orgId" | "scope" | "ownerId">,
  action: string,
  extra: {
    environmentId?: string | null;
    detail?: Record<string, unknown>;
    request?: RequestInfo | null;
    outcome?: AuditInput["outcome"];
    target?: AuditInput["target"];
  } = {},
): AuditInput {
  return {
    orgId: facts.orgId,
    actor: actorAudit(actor),
    action,
    outcome: extra.outcome ?? "SUCCESS",
    secret: { id: facts.id, name: facts.name, personalOwnerId: facts.scope === "PERSONAL" ? facts.ownerId : null },
    environmentId: extra.environmentId ?? null,
    target: extra.target ?? null,
    detail: extra.detail,
    request: extra.request,
  };
}
