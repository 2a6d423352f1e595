// Reading the audit log: Holders and Managers see their organization's records (except other
// people's personal secrets, whose names they may not see); Members see the records of their
// own personal secrets and of their own actions (a workspace secret they registered, their
// sign-ins). Filtering and paging happen in the database.
import "server-only";
import { z } from "zod";
import { databaseKind, db, type Prisma } from "../db/index.ts";
import { hasOrgPermission, type UserActor } from "../authz/index.ts";

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const auditQuerySchema = z.object({
  secretId: z.preprocess(emptyToUndefined, z.string().max(64).optional()),
  actorUserId: z.preprocess(emptyToUndefined, z.string().max(64).optional()),
  /** Part of a secret's name (the search field, when no suggestion was chosen). */
  secret: z.preprocess(emptyToUndefined, z.string().trim().min(1).max(128).optional()),
  /** "user:<id>" or "token:<id>" (a suggestion of the page's actor search). */
  actor: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^(user|token):[A-Za-z0-9_-]{1,64}$/)
      .optional(),
  ),
  /** Part of an actor's label (an e-mail, a token's name). */
  actorName: z.preprocess(emptyToUndefined, z.string().trim().min(1).max(256).optional()),
  action: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[a-z_.]{1,64}$/)
      .optional(),
  ),
  outcome: z.preprocess(emptyToUndefined, z.enum(["SUCCESS", "DENIED", "FAILURE"]).optional()),
  /** A day (from its start, UTC) or a date-time. */
  from: z.preprocess(emptyToUndefined, z.coerce.date().optional()),
  /** A day (to its end, UTC, inclusive) or a date-time. */
  to: z.preprocess(
    (v) => (typeof v === "string" && DAY.test(v) ? `${v}T23:59:59.999Z` : emptyToUndefined(v)),
    z.coerce.date().optional(),
  ),
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(1_000_000).default(1)),
  pageSize: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(200).default(50)),
});
export type AuditQuery = z.output<typeof auditQuerySchema>;

/** URL search params → query; an invalid parameter falls back to its default. */
export function parseAuditQuery(params: Record<string, string | string[] | undefined>): AuditQuery {
  const flat: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) flat[k] = Array.isArray(v) ? v[0] : v;
  const parsed = auditQuerySchema.safeParse(flat);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) delete flat[String(issue.path[0])];
  return auditQuerySchema.parse(flat);
}

export type AuditRow = Prisma.AuditEventGetPayload<object>;

export function auditScopeWhere(actor: UserActor): Prisma.AuditEventWhereInput {
  const own: Prisma.AuditEventWhereInput = { personalOwnerId: actor.userId };
  const notOthersPersonal: Prisma.AuditEventWhereInput = { OR: [{ personalOwnerId: null }, own] };
  if (hasOrgPermission(actor.role, "audit.read.organization")) return { orgId: actor.orgId, ...notOthersPersonal };
  return { orgId: actor.orgId, OR: [own, { AND: [{ actorUserId: actor.userId }, notOthersPersonal] }] };
}

/** Case-insensitive "contains" on both databases (SQLite's LIKE already ignores ASCII case). */
export const containsText = (q: string): Prisma.StringFilter =>
  (databaseKind() === "postgres" ? { contains: q, mode: "insensitive" } : { contains: q }) as Prisma.StringFilter;

function actorWhere(ref: string | undefined): Prisma.AuditEventWhereInput {
  if (!ref) return {};
  const [kind, id] = ref.split(":");
  return kind === "user" ? { actorUserId: id } : { actorTokenId: id };
}

export function auditWhere(actor: UserActor, q: Partial<AuditQuery>): Prisma.AuditEventWhereInput {
  return {
    AND: [
      auditScopeWhere(actor),
      q.secretId ? { secretId: q.secretId } : q.secret ? { secretName: containsText(q.secret) } : {},
      q.actorUserId ? { actorUserId: q.actorUserId } : {},
      q.actor ? actorWhere(q.actor) : q.actorName ? { actorLabel: containsText(q.actorName) } : {},
      q.action ? { action: q.action } : {},
      q.outcome ? { outcome: q.outcome } : {},
      q.from || q.to ? { at: { ...(q.from ? { gte: q.from } : {}), ...(q.to ? { lte: q.to } : {}) } } : {},
    ],
  };
}

export const AUDIT_ORDER: Prisma.AuditEventOrderByWithRelationInput[] = [{ at: "desc" }, { seq: "desc" }];

export async function listAuditEvents(actor: UserActor, q: AuditQuery): Promise<{ rows: AuditRow[]; total: number }> {
  const where = auditWhere(actor, q);
  const [total, rows] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({ where, orderBy: AUDIT_ORDER, skip: (q.page - 1) * q.pageSize, take: q.pageSize }),
  ]);
  return { rows, total };
}
