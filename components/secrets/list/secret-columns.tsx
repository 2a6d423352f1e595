// The Secrets Manager columns (words of PRODUCT.md §8). Sorting keys are the list query's.
import Link from "next/link";
import { createDataTableColumnHelper } from "@/components/data-table/features";
import { StatusBadge } from "../status-badge.tsx";
import { SecretRowMenu, type RowMenuHandlers } from "./secret-row-menu.tsx";
import type { SecretListItem } from "./secret-list-item.ts";

const column = createDataTableColumnHelper<SecretListItem>();

export function secretColumns(handlers: RowMenuHandlers) {
  return column.columns([
    column.accessor("name", {
      header: "Secret name",
      meta: { sortKey: "name" },
      cell: ({ row }) => (
        <div className="min-w-40">
          <Link href={`/secrets/${row.original.id}`} className="font-medium text-brand-700 hover:underline">
            {row.original.name}
          </Link>
          {row.original.description && <p className="mt-0.5 max-w-xs truncate text-xs text-zinc-500">{row.original.description}</p>}
        </div>
      ),
    }),
    column.accessor("typeLabel", { header: "Credential type", meta: { sortKey: "type", cellClassName: "whitespace-nowrap" } }),
    column.accessor("availabilityLabel", { header: "Availability", meta: { sortKey: "availability" } }),
    column.accessor("createdOn", { header: "Creation date", meta: { sortKey: "createdAt", cellClassName: "whitespace-nowrap tabular-nums" } }),
    column.accessor("expiresOn", {
      header: "Expiration date",
      meta: { sortKey: "expiresAt", cellClassName: "whitespace-nowrap tabular-nums" },
      cell: ({ row }) => (
        <>
          {row.original.expiresOn ?? (
            // zinc-500: the dash is content ("none") and meets the 4.5:1 contrast of text.
            <span className="text-zinc-500">
              <span aria-hidden="true">—</span>
              <span className="sr-only">None</span>
            </span>
          )}
          {row.original.expiryHint && <span className="mt-0.5 block text-xs font-medium text-amber-700">{row.original.expiryHint}</span>}
        </>
      ),
    }),
    column.accessor("status", {
      header: "Status",
      meta: { sortKey: "status", cellClassName: "whitespace-nowrap" },
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
      cell: ({ row }) => <SecretRowMenu secret={row.original} handlers={handlers} />,
    }),
  ]);
}
