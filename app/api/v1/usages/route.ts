// GET /api/v1/usages?q= — the global usage search over the secrets this token can see.
import { parseQuery, withApiAuth } from "@/lib/authz/route";
import { usageSearchQuery } from "@/lib/api/schemas";
import { usageJson } from "@/lib/api/serialize";
import { searchUsages } from "@/lib/usage";

export const GET = withApiAuth(
  async ({ actor, req }) => ({
    items: (await searchUsages(actor, parseQuery(req, usageSearchQuery).q)).map(usageJson),
  }),
  { permission: "read" },
);
