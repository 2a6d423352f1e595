// The audit records: who, what, which secret and environment, when (UTC), from where, outcome.
// Records never hold a value, so there is nothing to mask here.
import { auditActionLabel } from "@/lib/audit/actions";
import type { AuditRecordView } from "@/lib/audit/csv";
import { Badge, TableFrame, type BadgeTone } from "@/components/ui";

export type AuditTableRow = AuditRecordView & { id: string };

const TONES: Record<string, BadgeTone> = { SUCCESS: "success", DENIED: "danger", FAILURE: "warning" };
const OUTCOME: Record<string, string> = { SUCCESS: "Success", DENIED: "Denied", FAILURE: "Failure" };
const COLUMNS = ["Time (UTC)", "Actor", "Action", "Secret", "Environment", "Outcome", "IP", "User agent"];

export function AuditTable({ rows, environments }: { rows: AuditTableRow[]; environments: Map<string, string> }) {
  return (
    <TableFrame label="Audit records">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">Audit records, newest first</caption>
        <thead className="border-b border-zinc-200 bg-zinc-50 text-xs font-semibold text-zinc-600 uppercase">
          <tr>{COLUMNS.map((c) => <th key={c} scope="col" className="px-3 py-2 whitespace-nowrap">{c}</th>)}</tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {rows.map((r) => (
            <tr key={r.id}>
              <td className="px-3 py-2 font-mono text-xs whitespace-nowrap">{r.at.toISOString()}</td>
              <td className="px-3 py-2">
                {r.actorLabel}
                {r.actorType === "TOKEN" && <span className="ml-1 text-xs text-zinc-500">(API token)</span>}
              </td>
              <td className="px-3 py-2">{auditActionLabel(r.action)}</td>
              <td className="px-3 py-2">{r.secretName ?? "—"}</td>
              <td className="px-3 py-2">{r.environmentId ? (environments.get(r.environmentId) ?? "—") : "—"}</td>
              <td className="px-3 py-2"><Badge tone={TONES[r.outcome] ?? "neutral"}>{OUTCOME[r.outcome] ?? r.outcome}</Badge></td>
              <td className="px-3 py-2 font-mono text-xs">{r.ip ?? "—"}</td>
              <td className="max-w-56 truncate px-3 py-2 text-xs text-zinc-600" title={r.userAgent ?? undefined}>{r.userAgent ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
