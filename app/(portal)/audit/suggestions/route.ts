// GET /audit/suggestions?kind=secret|actor&q=<text> — the few secrets or actors of the records
// the signed-in viewer may read whose name contains the text (the Audit log's search fields).
import { z } from "zod";
import { getPortalContext } from "@/lib/auth";
import { requireUserActor } from "@/lib/authz";
import { sessionRoute } from "@/lib/authz/session-route";
import { suggestAuditActors, suggestAuditSecrets } from "@/lib/audit/filter-options";

const querySchema = z.object({ kind: z.enum(["secret", "actor"]), q: z.string().trim().max(128).default("") });

export const GET = sessionRoute(async ({ req }) => {
  const ctx = await getPortalContext();
  const actor = await requireUserActor(ctx.user, ctx.org.id);
  const { kind, q } = querySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  const items = kind === "secret" ? await suggestAuditSecrets(actor, q) : await suggestAuditActors(actor, q);
  return Response.json({ items }, { headers: { "Cache-Control": "no-store" } });
});
