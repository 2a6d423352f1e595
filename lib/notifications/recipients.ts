import "server-only";
import type { Tx } from "../db/index.ts";
import { ORG_ADMIN_ROLES, WORKSPACE_ADMIN_ROLES } from "../authz/permissions.ts";

export type Recipient = { userId: string; email: string };
export type SecretPlace = { orgId: string; scope: string; ownerId: string | null; workspaceId: string | null };

/**
 * Who hears about a secret (PRODUCT.md §3): the owner of a personal secret; the people who
 * manage the scope otherwise — Account Holders and Managers for an organization secret, the
 * workspace's Admins and the organization's Holders and Managers for a workspace secret.
 * Disabled users are skipped. Caches per organization, workspace and user for one sweep.
 */
export class RecipientResolver {
  private managers = new Map<string, Promise<Recipient[]>>();
  private admins = new Map<string, Promise<Recipient[]>>();
  private owners = new Map<string, Promise<Recipient[]>>();

  constructor(private readonly tx: Tx) {}

  async for(secret: SecretPlace): Promise<Recipient[]> {
    if (secret.scope === "PERSONAL") return secret.ownerId ? this.owner(secret.ownerId, secret.orgId) : [];
    const managers = await this.orgManagers(secret.orgId);
    if (secret.scope !== "WORKSPACE" || !secret.workspaceId) return managers;
    const admins = await this.workspaceAdmins(secret.workspaceId);
    const seen = new Set(admins.map((r) => r.userId));
    return [...admins, ...managers.filter((r) => !seen.has(r.userId))];
  }

  private orgManagers(orgId: string) {
    return cached(this.managers, orgId, async () => {
      const rows = await this.tx.membership.findMany({
        where: { orgId, role: { in: [...ORG_ADMIN_ROLES] }, user: { disabledAt: null } },
        select: { user: { select: { id: true, email: true } } },
        orderBy: { userId: "asc" },
      });
      return rows.map((r) => ({ userId: r.user.id, email: r.user.email }));
    });
  }

  private workspaceAdmins(workspaceId: string) {
    return cached(this.admins, workspaceId, async () => {
      const rows = await this.tx.workspaceMember.findMany({
        where: { workspaceId, role: { in: [...WORKSPACE_ADMIN_ROLES] }, user: { disabledAt: null } },
        select: { user: { select: { id: true, email: true } } },
        orderBy: { userId: "asc" },
      });
      return rows.map((r) => ({ userId: r.user.id, email: r.user.email }));
    });
  }

  private owner(userId: string, orgId: string) {
    return cached(this.owners, userId, async () => {
      const user = await this.tx.user.findFirst({
        where: { id: userId, disabledAt: null, memberships: { some: { orgId } } },
        select: { id: true, email: true },
      });
      return user ? [{ userId: user.id, email: user.email }] : [];
    });
  }
}

function cached<T>(map: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let p = map.get(key);
  if (!p) {
    p = load();
    map.set(key, p);
  }
  return p;
}
