import type { Metadata } from "next";
import { getPortalContext } from "@/lib/auth";
import { hasOrgPermission, requireUserActor } from "@/lib/authz";
import { describeAuditRecord } from "@/lib/audit/describe";
import { auditEnvironmentNames, auditSubjectLabel } from "@/lib/audit/filter-options";
import { listAuditEvents, parseAuditQuery } from "@/lib/audit/query";
import { EmptyState, PageHeader } from "@/components/ui";
import { AuditFilters, type AuditFilterValues } from "@/components/audit/audit-filters";
import { AuditPager } from "@/components/audit/audit-pager";
import { AuditTable } from "@/components/audit/audit-table";
import { ListBody, ListTransition } from "@/components/data-table/list-transition";

export const metadata: Metadata = { title: "Audit log" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const FILTER_KEYS = ["secretId", "secret", "actor", "actorName", "action", "outcome", "from", "to"] as const;

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const ctx = await getPortalContext();
  const actor = await requireUserActor(ctx.user, ctx.org.id);
  const raw = await searchParams;
  const q = parseAuditQuery(raw);
  const [{ rows, total }, environments, secretLabel, actorLabel] = await Promise.all([
    listAuditEvents(actor, q),
    auditEnvironmentNames(actor),
    q.secretId ? auditSubjectLabel(actor, "secret", q.secretId) : null,
    q.actor ? auditSubjectLabel(actor, "actor", q.actor) : null,
  ]);

  const values: AuditFilterValues = {};
  const kept = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const v = raw[key];
    if (typeof v === "string" && v && q[key] !== undefined) {
      values[key] = v;
      kept.set(key, v);
    }
  }
  const hrefFor = (page: number) => `/audit?${new URLSearchParams([...kept, ["page", String(page)]])}`;
  const whole = hasOrgPermission(actor.role, "audit.read.organization");

  return (
    <>
      <PageHeader
        title="Audit log"
        description={
          whole
            ? "Every change, use, denied access, sign-in and token event in this organization, hash-chained so that tampering is detectable."
            : "Your own actions and sign-ins, and the records of your personal secrets."
        }
      />
      <ListTransition>
        <AuditFilters
          values={values}
          labels={{ secret: secretLabel, actor: actorLabel }}
          exportHref={`/audit/export?${kept}`}
        />
        <ListBody>
          {rows.length === 0 ? (
            <EmptyState title="No audit records match" description="Change or clear the filters." />
          ) : (
            <AuditTable
              rows={rows.map((r) => ({
                id: r.id,
                at: r.at.toISOString(),
                actorLabel: r.actorLabel,
                actorType: r.actorType,
                summary: describeAuditRecord(r),
                secretName: r.secretName,
                environment: r.environmentId ? (environments.get(r.environmentId) ?? null) : null,
                outcome: r.outcome,
                ip: r.ip,
                userAgent: r.userAgent,
              }))}
            />
          )}
        </ListBody>
        <AuditPager page={q.page} pageSize={q.pageSize} total={total} hrefFor={hrefFor} />
      </ListTransition>
    </>
  );
}
