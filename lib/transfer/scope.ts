// Which storage locations a user may import into or export from (PRODUCT.md §2 and issue 8);
// the rule is the permission table's mayTransferScope.
import "server-only";
import { db, type Prisma } from "../db/index.ts";
import { mayTransferScope, type TransferKind, type UserActor } from "../authz/index.ts";
import { ForbiddenError, NotFoundError, ValidationError } from "../errors/index.ts";
import { scopeKey } from "../secrets/scope.ts";
import type { TransferScope } from "./schema.ts";

export type { TransferKind };
export type ScopeOption = { value: string; label: string; scope: TransferScope["scope"]; workspaceId?: string };

export function mayTransfer(
  actor: UserActor,
  target: Pick<TransferScope, "scope" | "workspaceId">,
  kind: TransferKind,
): boolean {
  const workspaceRole = target.workspaceId ? actor.workspaceRoles.get(target.workspaceId) : undefined;
  return mayTransferScope(actor.role, target.scope, workspaceRole, kind);
}

/** Checks the target on the server: same organization, a live workspace of it, permission. */
export async function checkTransferScope(actor: UserActor, target: TransferScope, kind: TransferKind): Promise<void> {
  if (target.orgId !== actor.orgId) throw new NotFoundError("Organization not found.");
  if (target.scope === "WORKSPACE") {
    const ws = await db.workspace.findFirst({
      where: { id: target.workspaceId, orgId: actor.orgId, archivedAt: null },
      select: { id: true },
    });
    if (!ws)
      throw new ValidationError("Choose a workspace of this organization.", {
        "target.workspaceId": ["Choose a workspace of this organization."],
      });
  }
  if (!mayTransfer(actor, target, kind)) {
    throw new ForbiddenError(
      kind === "import"
        ? "You cannot import into this storage location. Organization secrets: Account Holders and Managers; workspace secrets: also the workspace's Admins."
        : "You cannot export this storage location. Organization secrets: Account Holders and Managers; workspace secrets: also the workspace's Admins.",
    );
  }
}

/** The secrets (live) of a storage location; personal means the actor's own. */
export function scopeSecretsWhere(actor: UserActor, target: TransferScope): Prisma.SecretWhereInput {
  return { orgId: actor.orgId, scopeKey: targetScopeKey(actor, target), status: { not: "DELETED" } };
}

export function targetScopeKey(actor: UserActor, target: Pick<TransferScope, "scope" | "workspaceId">): string {
  return scopeKey(target.scope, { workspaceId: target.workspaceId ?? null, ownerId: actor.userId });
}

/** The storage locations the actor may import into / export from, for the dialogs' select. */
export function transferScopeOptions(
  actor: UserActor,
  workspaces: { id: string; name: string }[],
  kind: TransferKind,
): ScopeOption[] {
  const options: ScopeOption[] = [];
  if (mayTransfer(actor, { scope: "ORGANIZATION" }, kind))
    options.push({ value: "ORGANIZATION", label: "Organization", scope: "ORGANIZATION" });
  for (const w of workspaces) {
    if (mayTransfer(actor, { scope: "WORKSPACE", workspaceId: w.id }, kind)) {
      options.push({ value: `WORKSPACE:${w.id}`, label: `Workspace ${w.name}`, scope: "WORKSPACE", workspaceId: w.id });
    }
  }
  options.push({ value: "PERSONAL", label: "Personal (yours)", scope: "PERSONAL" });
  return options;
}
