"use client";
// The audit records: when (the viewer's local time, to the second), who, what was done to which
// object, environment, outcome, from where. Columns can be hidden (kept in this browser); the
// Action stays on one line. Records never hold a value, so there is nothing to mask here.
import { useId, useState } from "react";
import { Badge, Button, TableFrame, type BadgeTone } from "@/components/ui";
import { LocalTime, useTimeZoneName } from "./local-time.tsx";
import { useHiddenColumns } from "./use-hidden-columns.ts";

export type AuditTableRow = {
  id: string;
  at: string;
  actorLabel: string;
  actorType: string;
  /** The action and its object in words: "Opened quick command «deploy hook»". */
  summary: string;
  secretName: string | null;
  environment: string | null;
  outcome: string;
  ip: string | null;
  userAgent: string | null;
};

const TONES: Record<string, BadgeTone> = { SUCCESS: "success", DENIED: "danger", FAILURE: "warning" };
const OUTCOME: Record<string, string> = { SUCCESS: "Success", DENIED: "Denied", FAILURE: "Failure" };

type Column = { name: string; cell: (r: AuditTableRow) => React.ReactNode; className?: string };

const COLUMNS: Column[] = [
  { name: "Time", cell: (r) => <LocalTime iso={r.at} />, className: "font-mono text-xs whitespace-nowrap" },
  {
    name: "Actor",
    cell: (r) => (
      <>
        <span className="break-all">{r.actorLabel}</span>
        {r.actorType === "TOKEN" && <span className="ml-1 text-xs text-zinc-500">(API token)</span>}
      </>
    ),
  },
  {
    name: "Action",
    cell: (r) => <span title={r.summary}>{r.summary}</span>,
    className: "max-w-[28rem] truncate whitespace-nowrap",
  },
  { name: "Secret", cell: (r) => r.secretName ?? "—" },
  { name: "Environment", cell: (r) => r.environment ?? "—", className: "whitespace-nowrap" },
  {
    name: "Outcome",
    cell: (r) => <Badge tone={TONES[r.outcome] ?? "neutral"}>{OUTCOME[r.outcome] ?? r.outcome}</Badge>,
  },
  { name: "IP", cell: (r) => r.ip ?? "—", className: "font-mono text-xs whitespace-nowrap" },
  {
    name: "User agent",
    cell: (r) => <span title={r.userAgent ?? undefined}>{r.userAgent ?? "—"}</span>,
    className: "max-w-48 truncate text-xs text-zinc-600",
  },
];

/** The object is already named in Action; the user agent is long. Both can be shown. */
const HIDDEN_BY_DEFAULT = ["Secret", "User agent"] as const;

export function AuditTable({ rows }: { rows: AuditTableRow[] }) {
  const [hidden, setHidden] = useHiddenColumns(HIDDEN_BY_DEFAULT);
  const zone = useTimeZoneName();
  const shown = COLUMNS.filter((c) => !hidden.has(c.name));
  return (
    <>
      <div className="mb-2 flex justify-end">
        <ColumnChooser hidden={hidden} setHidden={setHidden} />
      </div>
      <TableFrame label="Audit records">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">Audit records, newest first, times in {zone}</caption>
          <thead className="border-b border-zinc-200 bg-zinc-50 text-xs font-semibold text-zinc-600 uppercase">
            <tr>
              {shown.map((c) => (
                <th key={c.name} scope="col" className="px-3 py-2 whitespace-nowrap">
                  {c.name === "Time" ? <span title={`Your time zone: ${zone}`}>Time</span> : c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100">
            {rows.map((r) => (
              <tr key={r.id}>
                {shown.map((c) => (
                  <td key={c.name} className={`px-3 py-2 align-top ${c.className ?? ""}`}>
                    {c.cell(r)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
    </>
  );
}

/**
 * "Columns": a disclosure whose checkboxes exist only while it is open, so that their names
 * ("Action", "Secret") never compete with the filters' labels of the same words.
 */
type ChooserProps = { hidden: Set<string>; setHidden: (column: string, hide: boolean) => void };

function ColumnChooser({ hidden, setHidden }: ChooserProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="relative text-sm" onKeyDown={(e) => e.key === "Escape" && setOpen(false)}>
      <Button variant="secondary" size="sm" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        Columns
      </Button>
      {open && (
        <fieldset
          id={panelId}
          className="absolute right-0 z-10 mt-1 grid w-48 gap-1 rounded-md border border-zinc-200 bg-white p-3
            shadow-lg"
        >
          <legend className="sr-only">Columns shown</legend>
          {COLUMNS.map((c) => (
            <label key={c.name} className="flex items-center gap-2">
              <input
                type="checkbox"
                checked={!hidden.has(c.name)}
                onChange={(e) => setHidden(c.name, !e.target.checked)}
              />
              {c.name}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
