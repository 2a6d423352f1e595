// Reading the audit log: Holders and Managers see their organization's records (except other
// people's personal secrets, whose names they may not see); Members see the records of their
// own personal secrets. Filtering and paging happen in the database.
import "server-only";
import { z } from "zod";
import { db, type Prisma } from "../db/index.ts";
import { hasOrgPermission, type UserActor } from "../authz/index.ts";

export const auditQuerySchema = z.object({
  secretId: z.string().max(64).optional(),
  actorUserId: z.string().max(64).optional(),
  action: z.string().regex(/^[a-z_.]{1,64}$/).optional(),
  outcome: z.enum(["SUCCESS", "DENIED", "FAILURE"]).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.output<typeof auditQuerySchema>;

export type AuditRow = Prisma.AuditEventGetPayload<object>;

export function auditScopeWhere(actor: UserActor): Prisma.AuditEventWhereInput {
  const own: Prisma.AuditEventWhereInput = { personalOwnerId: actor.userId };
  if (hasOrgPermission(actor.role, "audit.read.organization")) {
    return { orgId: actor.orgId, OR: [{ personalOwnerId: null }, own] };
  }
  return { orgId: actor.orgId, ...own };
}

export function auditWhere(actor: UserActor, q: Partial<AuditQuery>): Prisma.AuditEventWhereInput {
  return {
    AND: [
      auditScopeWhere(actor),
      q.secretId ? { secretId: q.secretId } : {},
      q.actorUserId ? { actorUserId: q.actorUserId } : {},
      q.action ? { action: q.action } : {},
      q.outcome ? { outcome: q.outcome } : {},
      q.from || q.to ? { at: { ...(q.from ? { gte: q.from } : {}), ...(q.to ? { lte: q.to } : {}) } } : {},
    ],
  };
}

export async function listAuditEvents(actor: UserActor, q: AuditQuery): Promise<{ rows: AuditRow[]; total: number }> {
  const where = auditWhere(actor, q);
  const [total, rows] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({ where, orderBy: [{ at: "desc" }, { seq: "desc" }], skip: (q.page - 1) * q.pageSize, take: q.pageSize }),
  ]);
  return { rows, total };
}
