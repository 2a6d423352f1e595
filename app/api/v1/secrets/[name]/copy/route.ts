// POST /api/v1/secrets/{name}/copy — copy the current value of one environment into another.
import { parseInput, parseJsonBody, parseQuery, withApiAuth } from "@/lib/authz/route";
import { findEnvironment } from "@/lib/api/environments";
import { copyValueRequestSchema, secretNameParams, workspaceQuery } from "@/lib/api/schemas";
import { secretIdByName } from "@/lib/api/secret-by-name";
import { copyValue } from "@/lib/secrets";

export const POST = withApiAuth<{ name: string }>(
  async ({ actor, params, req, request }) => {
    const { name } = parseInput(secretNameParams, params);
    const body = await parseJsonBody(req, copyValueRequestSchema);
    const id = await secretIdByName(actor, name, parseQuery(req, workspaceQuery).workspace);
    const [from, to] = await Promise.all([
      findEnvironment(actor.orgId, body.from),
      findEnvironment(actor.orgId, body.to),
    ]);
    return copyValue(
      actor,
      id,
      { fromEnvironmentId: from.id, toEnvironmentId: to.id, expectedVersion: body.expectedVersion },
      { request },
    );
  },
  { permission: "write" },
);
