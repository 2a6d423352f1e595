// DELETE /api/v1/usages/{usageId} — remove a declared usage.
import { parseInput, withApiAuth } from "@/lib/authz/route";
import { usageIdParams } from "@/lib/api/schemas";
import { removeUsage } from "@/lib/usage";

export const DELETE = withApiAuth<{ usageId: string }>(
  async ({ actor, params, request }) => {
    await removeUsage(actor, parseInput(usageIdParams, params).usageId, { request });
  },
  { permission: "resolve", status: 204 },
);
