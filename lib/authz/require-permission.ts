import "server-only";
import { recordAudit, type RequestInfo } from "../audit/index.ts";
import { ForbiddenError } from "../errors/index.ts";
import { actorAudit, type UserActor } from "./actor.ts";
import { hasOrgPermission, type OrgPermission } from "./permissions.ts";

type Refusal = {
  action: string;
  message: string;
  request?: RequestInfo | null;
  target?: { type: string; id: string } | null;
};

/**
 * Goes on when a rule of the permission table allowed it; otherwise the refusal is audited under
 * the attempted action (outcome DENIED, `detail` saying which rule) and thrown as a
 * ForbiddenError with `message`.
 */
export async function requireAllowed(
  actor: UserActor,
  allowed: boolean,
  opts: Refusal & { detail: Record<string, unknown> },
): Promise<void> {
  if (allowed) return;
  await recordAudit({
    orgId: actor.orgId,
    actor: actorAudit(actor),
    action: opts.action,
    outcome: "DENIED",
    target: opts.target ?? null,
    detail: opts.detail,
    request: opts.request,
  });
  throw new ForbiddenError(opts.message);
}

/** requireAllowed for an organization permission of the permission table. */
export async function requireOrgPermission(actor: UserActor, permission: OrgPermission, opts: Refusal): Promise<void> {
  await requireAllowed(actor, hasOrgPermission(actor.role, permission), { ...opts, detail: { permission } });
}
