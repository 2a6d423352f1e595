// The value matrix of the Secrets Manager: the secrets the user may see × the organization's
// environments, each cell "set", "missing", or "same as <the first environment with that
// value>" — compared through the keyed digests stored with each value, never by decrypting
// or revealing a value.
import "server-only";
import { db, type Prisma } from "../db/index.ts";
import { visibleSecretsWhere, type UserActor } from "../authz/index.ts";
import { listEnvironments, type EnvironmentSummary } from "../environments/index.ts";
import { currentValues, sameValue } from "./current-values.ts";
import { nameContains } from "./name-filter.ts";

export type MatrixCell = { environmentId: string; state: "set" | "missing"; sameAs: string | null };
export type MatrixRow = {
  id: string;
  name: string;
  scope: string;
  workspaceName: string | null;
  cells: MatrixCell[];
  missing: number;
};
export type ValueMatrix = {
  environments: EnvironmentSummary[];
  rows: MatrixRow[];
  total: number;
  page: number;
  pageSize: number;
};
export type MatrixQuery = { q?: string; missingOnly?: boolean; page?: number; pageSize?: number };

export async function valueMatrix(actor: UserActor, query: MatrixQuery = {}): Promise<ValueMatrix> {
  const page = Math.max(1, query.page ?? 1);
  const pageSize = Math.min(200, Math.max(1, query.pageSize ?? 50));
  const environments = await listEnvironments(actor.orgId);
  const missingWhere: Prisma.SecretWhereInput = {
    OR: environments.map((e) => ({ values: { none: { environmentId: e.id, destroyedAt: null } } })),
  };
  const where: Prisma.SecretWhereInput = {
    AND: [
      visibleSecretsWhere(actor),
      nameContains(query.q),
      query.missingOnly && environments.length ? missingWhere : {},
    ],
  };
  const [total, secrets] = await Promise.all([
    db.secret.count({ where }),
    db.secret.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { id: true, name: true, scope: true, workspace: { select: { name: true } } },
    }),
  ]);
  const values = await currentValues(secrets.map((s) => s.id));
  const rows = secrets.map((s) => {
    const byEnv = values.get(s.id) ?? new Map();
    const cells: MatrixCell[] = environments.map((e, index) => {
      const v = byEnv.get(e.id);
      if (!v || v.destroyed) return { environmentId: e.id, state: "missing", sameAs: null };
      // A group of equal values is named after its first environment, which itself is just "set"
      // (not "Staging: same as Production" beside "Production: same as Staging").
      const twin = environments.slice(0, index).find((o) => sameValue(v, byEnv.get(o.id)));
      return { environmentId: e.id, state: "set", sameAs: twin?.name ?? null };
    });
    return {
      id: s.id,
      name: s.name,
      scope: s.scope,
      workspaceName: s.workspace?.name ?? null,
      cells,
      missing: cells.filter((c) => c.state === "missing").length,
    };
  });
  return { environments, rows, total, page, pageSize };
}
