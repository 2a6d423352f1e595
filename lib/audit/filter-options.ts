// The choices of the Audit log filters: the secrets and actors that appear in the records the
// viewer may read (grouped by the database), plus the environment names for display.
import "server-only";
import { db } from "../db/index.ts";
import type { UserActor } from "../authz/index.ts";
import { auditScopeWhere } from "./query.ts";

export type AuditFilterOptions = {
  secrets: { id: string; name: string }[];
  actors: { value: string; label: string }[];
  environments: Map<string, string>;
};

export async function auditFilterOptions(actor: UserActor): Promise<AuditFilterOptions> {
  const scope = auditScopeWhere(actor);
  const [secrets, actors, environments] = await Promise.all([
    db.auditEvent.groupBy({ by: ["secretId", "secretName"], where: { AND: [scope, { secretId: { not: null } }] }, orderBy: { secretName: "asc" }, take: 1000 }),
    db.auditEvent.groupBy({ by: ["actorUserId", "actorTokenId", "actorLabel"], where: { AND: [scope, { OR: [{ actorUserId: { not: null } }, { actorTokenId: { not: null } }] }] }, orderBy: { actorLabel: "asc" }, take: 1000 }),
    db.environment.findMany({ where: { orgId: actor.orgId }, select: { id: true, name: true } }),
  ]);
  const seen = new Set<string>();
  return {
    secrets: secrets.filter((s) => s.secretId && !seen.has(s.secretId) && seen.add(s.secretId)).map((s) => ({ id: s.secretId!, name: s.secretName ?? s.secretId! })),
    actors: actors
      .map((a) => ({ value: a.actorUserId ? `user:${a.actorUserId}` : `token:${a.actorTokenId}`, label: a.actorLabel }))
      .filter((a) => !seen.has(a.value) && seen.add(a.value)),
    environments: new Map(environments.map((e) => [e.id, e.name])),
  };
}
