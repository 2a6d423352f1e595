// GET /api/v1/environments — the organization's environments (slugs for the other calls).
import { withApiAuth } from "@/lib/authz/route";
import { organizationEnvironments } from "@/lib/api/environments";

export const GET = withApiAuth(
  async ({ actor }) => ({
    items: (await organizationEnvironments(actor.orgId)).map((e) => ({
      id: e.id,
      name: e.name,
      slug: e.slug,
      allowed: actor.environmentIds.size === 0 || actor.environmentIds.has(e.id),
    })),
  }),
  { permission: "read" },
);
