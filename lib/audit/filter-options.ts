// The choices of the Audit log's secret and actor search fields: what appears in the records
// the viewer may read, matched by the database (part of the name, any case), a few at a time —
// never a list of every secret ever made. Also the environment names for display.
import "server-only";
import { db } from "../db/index.ts";
import type { UserActor } from "../authz/index.ts";
import { auditScopeWhere, containsText } from "./query.ts";

export type AuditSuggestion = { value: string; label: string };
export type AuditSuggestionKind = "secret" | "actor";

export const SUGGESTION_LIMIT = 10;

export async function suggestAuditSecrets(actor: UserActor, q: string): Promise<AuditSuggestion[]> {
  const rows = await db.auditEvent.groupBy({
    by: ["secretId", "secretName"],
    where: { AND: [auditScopeWhere(actor), { secretId: { not: null } }, q ? { secretName: containsText(q) } : {}] },
    orderBy: { secretName: "asc" },
    take: SUGGESTION_LIMIT * 2,
  });
  const seen = new Set<string>();
  return rows
    .filter((r) => r.secretId && !seen.has(r.secretId) && seen.add(r.secretId))
    .slice(0, SUGGESTION_LIMIT)
    .map((r) => ({ value: r.secretId!, label: r.secretName ?? r.secretId! }));
}

export async function suggestAuditActors(actor: UserActor, q: string): Promise<AuditSuggestion[]> {
  const rows = await db.auditEvent.groupBy({
    by: ["actorUserId", "actorTokenId", "actorLabel"],
    where: {
      AND: [
        auditScopeWhere(actor),
        { OR: [{ actorUserId: { not: null } }, { actorTokenId: { not: null } }] },
        q ? { actorLabel: containsText(q) } : {},
      ],
    },
    orderBy: { actorLabel: "asc" },
    take: SUGGESTION_LIMIT * 2,
  });
  const seen = new Set<string>();
  return rows
    .map((a) => ({
      value: a.actorUserId ? `user:${a.actorUserId}` : `token:${a.actorTokenId}`,
      label: a.actorTokenId ? `${a.actorLabel} (API token)` : a.actorLabel,
    }))
    .filter((a) => !seen.has(a.value) && seen.add(a.value))
    .slice(0, SUGGESTION_LIMIT);
}

/** The label of a chosen secret or actor (for the search field of a page opened with one). */
export async function auditSubjectLabel(
  actor: UserActor,
  kind: AuditSuggestionKind,
  value: string,
): Promise<string | null> {
  if (kind === "secret") {
    const row = await db.auditEvent.findFirst({
      where: { AND: [auditScopeWhere(actor), { secretId: value }] },
      orderBy: { seq: "desc" },
      select: { secretName: true },
    });
    return row?.secretName ?? null;
  }
  const [type, id] = value.split(":");
  const row = await db.auditEvent.findFirst({
    where: { AND: [auditScopeWhere(actor), type === "user" ? { actorUserId: id } : { actorTokenId: id }] },
    orderBy: { seq: "desc" },
    select: { actorLabel: true },
  });
  return row?.actorLabel ?? null;
}

export async function auditEnvironmentNames(actor: UserActor): Promise<Map<string, string>> {
  const rows = await db.environment.findMany({ where: { orgId: actor.orgId }, select: { id: true, name: true } });
  return new Map(rows.map((e) => [e.id, e.name]));
}
