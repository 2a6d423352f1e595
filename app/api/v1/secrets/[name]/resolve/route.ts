// POST /api/v1/secrets/{name}/resolve — the hot path: the headers to inject and the fields of
// the secret's value in one environment. Marks the secret used and audits the use (fail closed).
import { parseInput, parseJsonBody, parseQuery, withApiAuth } from "@/lib/authz/route";
import { findEnvironment } from "@/lib/api/environments";
import { resolveRequestSchema, secretNameParams, workspaceQuery } from "@/lib/api/schemas";
import { loadSecretForUseByName } from "@/lib/api/secret-by-name";
import { useLoadedSecret } from "@/lib/secrets";

export const POST = withApiAuth<{ name: string }>(
  async ({ actor, params, req, request }) => {
    const { name } = parseInput(secretNameParams, params);
    const { workspace } = parseQuery(req, workspaceQuery);
    const body = await parseJsonBody(req, resolveRequestSchema);
    const environment = await findEnvironment(actor.orgId, body.environment);
    const row = await loadSecretForUseByName(actor, name, environment, workspace);
    const r = await useLoadedSecret(actor, row, environment.id, { request, consumer: body.consumer });
    return {
      secret: r.secret,
      environment: { ...r.environment, slug: environment.slug },
      headers: r.headers,
      fields: r.fields,
    };
  },
  { permission: "resolve" },
);
