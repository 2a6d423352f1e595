import "server-only";
import { recordAudit, type RequestInfo } from "../audit/index.ts";
import { ForbiddenError } from "../errors/index.ts";
import { actorAudit, type UserActor } from "./actor.ts";
import { hasOrgPermission, type OrgPermission } from "./permissions.ts";

/**
 * Checks an organization permission of the permission table; a refusal is audited under the
 * attempted action (outcome DENIED) and thrown as a ForbiddenError with `message`.
 */
export async function requireOrgPermission(
  actor: UserActor,
  permission: OrgPermission,
  opts: { action: string; message: string; request?: RequestInfo | null; target?: { type: string; id: string } | null },
): Promise<void> {
  if (hasOrgPermission(actor.role, permission)) return;
  await recordAudit({
    orgId: actor.orgId,
    actor: actorAudit(actor),
    action: opts.action,
    outcome: "DENIED",
    target: opts.target ?? null,
    detail: { permission },
    request: opts.request,
  });
  throw new ForbiddenError(opts.message);
}
