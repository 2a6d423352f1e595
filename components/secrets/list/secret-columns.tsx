// The Secrets Manager columns (words of PRODUCT.md §8). Sorting keys are the list query's.
// A phone shows name, type and status (and the row menu); wider screens add the others, so
// that the last column is on screen without scrolling at 1280 px (Last used from 1440 px).
import Link from "next/link";
import { createDataTableColumnHelper } from "@/components/data-table/features";
import { StatusBadge } from "../status-badge.tsx";
import { SecretRowMenu, type RowMenuHandlers } from "./secret-row-menu.tsx";
import type { SecretListItem } from "./secret-list-item.ts";

const column = createDataTableColumnHelper<SecretListItem>();

/** "—" read as "None" (zinc-500: the dash is content and meets the 4.5:1 contrast of text). */
function Nothing({ label }: { label: string }) {
  return (
    <span className="text-zinc-500">
      <span aria-hidden="true">—</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}

export function secretColumns(handlers: RowMenuHandlers) {
  return column.columns([
    column.accessor("name", {
      header: "Secret name",
      meta: { sortKey: "name" },
      cell: ({ row }) => (
        <div className="min-w-20 sm:min-w-28">
          <Link href={`/secrets/${row.original.id}`} className="font-medium break-all text-brand-700 hover:underline">
            {row.original.name}
          </Link>
          {row.original.description && (
            <p className="mt-0.5 line-clamp-1 max-w-md text-xs text-zinc-500">{row.original.description}</p>
          )}
        </div>
      ),
    }),
    column.accessor("typeLabel", { header: "Credential type", meta: { sortKey: "type" } }),
    column.accessor("availabilityLabel", {
      header: "Availability",
      meta: { sortKey: "availability", visibleFrom: "md" },
      // One line: a long list of Spots is cut short, the whole list in the tooltip.
      cell: ({ row }) => (
        <span className="block max-w-44 truncate whitespace-nowrap" title={row.original.availabilityLabel}>
          {row.original.availabilityLabel}
        </span>
      ),
    }),
    column.accessor("createdOn", {
      header: "Creation date",
      meta: { sortKey: "createdAt", visibleFrom: "lg", cellClassName: "whitespace-nowrap tabular-nums" },
    }),
    column.accessor("expiresOn", {
      header: "Expiration date",
      meta: { sortKey: "expiresAt", visibleFrom: "lg", cellClassName: "whitespace-nowrap tabular-nums" },
      cell: ({ row }) => (
        <>
          {row.original.expiresOn ?? <Nothing label="None" />}
          {row.original.expiryHint && (
            <span className="mt-0.5 block text-xs font-medium text-amber-700">{row.original.expiryHint}</span>
          )}
        </>
      ),
    }),
    column.accessor("lastUsedOn", {
      header: "Last used",
      meta: { visibleFrom: "wide", cellClassName: "whitespace-nowrap tabular-nums" },
      cell: ({ row }) => row.original.lastUsedOn ?? <Nothing label="Never" />,
    }),
    column.accessor("status", {
      header: "Status",
      meta: { sortKey: "status", cellClassName: "sm:whitespace-nowrap" },
      cell: ({ row }) => (
        <>
          <StatusBadge status={row.original.status} />
          {row.original.status === "SCHEDULED_FOR_DELETION" && row.original.deletionDueOn && (
            <span className="mt-0.5 block text-xs text-zinc-500">on {row.original.deletionDueOn}</span>
          )}
        </>
      ),
    }),
    column.display({
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      meta: { cellClassName: "w-12 text-right" },
      cell: ({ row }) => <SecretRowMenu key={row.original.id} secret={row.original} handlers={handlers} />,
    }),
  ]);
}
