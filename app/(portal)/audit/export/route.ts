// GET /audit/export?<filters> — the Audit log as CSV, with the page's filters and visibility.
// Authorized by the session (not an API token); the export itself is audited.
import { getPortalContext } from "@/lib/auth";
import { actorAudit, requireUserActor } from "@/lib/authz";
import { sessionRoute } from "@/lib/authz/session-route";
import { recordAudit } from "@/lib/audit";
import { streamAuditCsv } from "@/lib/audit/export";
import { parseAuditQuery } from "@/lib/audit/query";

export const GET = sessionRoute(async ({ req, request }) => {
  const ctx = await getPortalContext();
  const actor = await requireUserActor(ctx.user, ctx.org.id);
  const q = parseAuditQuery(Object.fromEntries(new URL(req.url).searchParams));
  const { page: _page, pageSize: _size, ...filters } = q;
  await recordAudit({
    orgId: actor.orgId,
    actor: actorAudit(actor),
    action: "audit.export",
    outcome: "SUCCESS",
    detail: { filters: JSON.parse(JSON.stringify(filters)) as Record<string, unknown> },
    request,
  });
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-");
  return new Response(streamAuditCsv(actor, q), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="strongroom-audit-${ctx.org.slug}-${stamp}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
