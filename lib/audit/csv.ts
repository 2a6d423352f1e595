// Audit records as CSV (RFC 4180), with the columns of the Audit log page. Cells that a
// spreadsheet would run as a formula (=, +, -, @, tab, CR) are prefixed with a quote.
import { auditActionLabel } from "./actions.ts";
import { auditObject } from "./describe.ts";

/** The fields of an audit record that the Audit log page and its CSV export show. */
export type AuditRecordView = {
  at: Date;
  actorType: string;
  actorLabel: string;
  action: string;
  secretName: string | null;
  targetType: string | null;
  /** The record's detail (JSON text): small, value-free facts such as a command's name. */
  detail: string;
  environmentId: string | null;
  outcome: string;
  ip: string | null;
  userAgent: string | null;
};

export type CsvAuditRow = AuditRecordView & { seq: number };

export const AUDIT_CSV_HEADER = [
  "Time (UTC)",
  "Actor",
  "Actor type",
  "Action",
  "Action code",
  "Object",
  "Secret",
  "Environment",
  "Outcome",
  "IP",
  "User agent",
  "Sequence",
];

export function csvCell(value: string | number | null | undefined): string {
  let s = value == null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: (string | number | null | undefined)[]): string {
  return cells.map(csvCell).join(",") + "\r\n";
}

export function auditCsvLine(r: CsvAuditRow, environments: Map<string, string>): string {
  return csvLine([
    r.at.toISOString(),
    r.actorLabel,
    r.actorType,
    auditActionLabel(r.action),
    r.action,
    auditObject(r),
    r.secretName,
    r.environmentId ? (environments.get(r.environmentId) ?? r.environmentId) : "",
    r.outcome,
    r.ip,
    r.userAgent,
    r.seq,
  ]);
}
