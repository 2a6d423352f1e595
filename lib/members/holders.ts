// "Never leave an organization without an Account Holder": membership changes run in a
// transaction that takes the organization's membership lock, makes the change, then counts
// the Holders who can still sign in; none left → the transaction rolls back. Two Holders
// demoting each other at the same time are serialized by the lock (PostgreSQL advisory lock;
// SQLite has a single writer).
import "server-only";
import { databaseKind, type Tx } from "../db/index.ts";
import { ConflictError } from "../errors/index.ts";
import { orgRolesWith } from "../authz/permissions.ts";

export async function lockMemberships(tx: Tx, orgId: string): Promise<void> {
  if (databaseKind() === "postgres")
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"members:" + orgId}))`;
}

export const LAST_HOLDER_MESSAGE =
  "An organization needs at least one Account Holder. Make another member an Account Holder first.";

export async function assertHolderRemains(tx: Tx, orgId: string): Promise<void> {
  const holders = await tx.membership.count({
    where: { orgId, role: { in: orgRolesWith("members.manage") }, user: { disabledAt: null } },
  });
  if (holders === 0) throw new ConflictError(LAST_HOLDER_MESSAGE);
}
