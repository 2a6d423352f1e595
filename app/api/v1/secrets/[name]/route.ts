// GET /api/v1/secrets/{name} — one secret's metadata; PATCH — update it (expectedVersion).
import { parseInput, parseQuery, withApiAuth } from "@/lib/authz/route";
import { secretNameParams, workspaceQuery } from "@/lib/api/schemas";
import { secretIdByName } from "@/lib/api/secret-by-name";
import { apiUpdateInput } from "@/lib/api/secret-bodies";
import { secretDetailJson } from "@/lib/api/serialize";
import { getSecret, updateSecret } from "@/lib/secrets";
import { recordAudit } from "@/lib/audit";
import { secretAuditEvent } from "@/lib/authz";
import type { Scope } from "@/lib/domain/constants";

export const GET = withApiAuth<{ name: string }>(
  async ({ actor, params, req, request }) => {
    const { name } = parseInput(secretNameParams, params);
    const id = await secretIdByName(actor, name, parseQuery(req, workspaceQuery).workspace);
    const detail = await getSecret(actor, id);
    // Viewing metadata is its own action in the audit log (distinct from a use).
    await recordAudit(secretAuditEvent(actor, { ...detail, scope: detail.scope as Scope }, "secret.view", { request }));
    return secretDetailJson(detail);
  },
  { permission: "read" },
);

export const PATCH = withApiAuth<{ name: string }>(
  async ({ actor, params, req, request }) => {
    const { name } = parseInput(secretNameParams, params);
    const body = await req.json();
    const id = await secretIdByName(actor, name, parseQuery(req, workspaceQuery).workspace);
    return updateSecret(actor, await apiUpdateInput(actor, id, body), { request });
  },
  { permission: "write" },
);
