// GET /api/v1/secrets/{name}/usages — where the secret is used; POST — declare a usage.
import { parseInput, parseJsonBody, parseQuery, withApiAuth } from "@/lib/authz/route";
import { secretNameParams, usageSearchQuery, workspaceQuery } from "@/lib/api/schemas";
import { secretIdByName } from "@/lib/api/secret-by-name";
import { usageJson } from "@/lib/api/serialize";
import { declareUsage, listUsages } from "@/lib/usage";
import { declareUsageSchema } from "@/lib/usage/schema";

export const GET = withApiAuth<{ name: string }>(
  async ({ actor, params, req }) => {
    const { name } = parseInput(secretNameParams, params);
    const { q } = parseQuery(req, usageSearchQuery);
    const id = await secretIdByName(actor, name, parseQuery(req, workspaceQuery).workspace);
    return { items: (await listUsages(actor, id, q || undefined)).map(usageJson) };
  },
  { permission: "read" },
);

export const POST = withApiAuth<{ name: string }>(
  async ({ actor, params, req, request }) => {
    const { name } = parseInput(secretNameParams, params);
    const body = await parseJsonBody(req, declareUsageSchema);
    const id = await secretIdByName(actor, name, parseQuery(req, workspaceQuery).workspace);
    return declareUsage(actor, id, body, { request });
  },
  { permission: "resolve", status: 201 },
);
