// The Secret picker's choices: in one storage location and of one credential type, the
// secrets the actor may use now (lib/secrets listSecrets, rows with "use"), with the header
// each type suggests (API Key and Bearer Token: their Header name; Basic and OAuth:
// Authorization). Metadata only.
import "server-only";
import { db } from "../db/index.ts";
import type { UserActor } from "../authz/index.ts";
import type { Scope } from "../domain/constants.ts";
import { listSecrets } from "../secrets/index.ts";
import { parseSecretListQuery } from "../secrets/list-query.ts";
import { HEADER_TYPES } from "./rules.ts";

export type PickableSecret = {
  id: string;
  name: string;
  type: string;
  scope: string;
  workspaceName: string | null;
  suggestedHeader: string;
};

function suggestedHeader(type: string, metadata: Record<string, unknown>): string {
  if ((type === "API_KEY" || type === "BEARER_TOKEN") && typeof metadata.headerName === "string" && metadata.headerName)
    return metadata.headerName;
  return type === "API_KEY" ? "X-API-Key" : "Authorization";
}

export async function listPickableSecrets(actor: UserActor, scope: Scope, type: string): Promise<PickableSecret[]> {
  if (!(HEADER_TYPES as readonly string[]).includes(type)) return [];
  const page = await listSecrets(actor, parseSecretListQuery({ scope, type, sort: "name", pageSize: "100" }));
  const rows = page.rows.filter((r) => r.actions.includes("use") && (r.status === "ACTIVE" || r.status === "INACTIVE"));
  const meta = rows.length
    ? await db.secret.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: { id: true, metadata: true } })
    : [];
  const metadata = new Map(meta.map((m) => [m.id, JSON.parse(m.metadata) as Record<string, unknown>]));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    type: r.type,
    scope: r.scope,
    workspaceName: r.workspaceName,
    suggestedHeader: suggestedHeader(r.type, metadata.get(r.id) ?? {}),
  }));
}
