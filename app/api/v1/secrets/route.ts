// GET /api/v1/secrets — list secret metadata; POST — register a secret.
import { parseQuery, withApiAuth } from "@/lib/authz/route";
import { apiRegisterInput } from "@/lib/api/secret-bodies";
import { secretSummaryJson } from "@/lib/api/serialize";
import { listSecrets, registerSecret } from "@/lib/secrets";
import { secretListQuerySchema } from "@/lib/secrets/list-query";

export const GET = withApiAuth(
  async ({ actor, req }) => {
    const page = await listSecrets(actor, parseQuery(req, secretListQuerySchema));
    return { items: page.rows.map(secretSummaryJson), total: page.total, page: page.page, pageSize: page.pageSize };
  },
  { permission: "read" },
);

export const POST = withApiAuth(
  async ({ actor, req, request }) =>
    registerSecret(actor, await apiRegisterInput(actor, await req.json()), { request }),
  { permission: "write", status: 201 },
);
