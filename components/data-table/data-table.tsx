"use client";
// The one table wrapper: semantic <table> markup, header sort buttons with aria-sort, and an
// empty row. Sorting is requested through `onSort` (the page puts it in the URL). Rows are keyed
// by `getRowId`, so that a row's open menu stays with its record when the rows change; inside a
// <ListTransition> the table is aria-busy while a new view of the list is loading.
import { useTable, type ColumnDef, type RowData } from "@tanstack/react-table";
import { cn, TableFrame } from "@/components/ui";
import { dataTableFeatures, visibilityClass, type DataTableFeatures } from "./features.ts";
import { useListTransition } from "./list-transition.tsx";
import { SortHeaderButton } from "./sort-header-button.tsx";

export type SortState = { key: string; dir: "asc" | "desc" };

export type DataTableProps<Row extends RowData> = {
  // Keep the cell functions the same across renders (memoized on stable inputs): a new function
  // is a new component type to React, which remounts the cells and closes an open row menu.
  // Each column has its own value type; TanStack's own examples type the list with any.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<DataTableFeatures, Row, any>[];
  data: Row[];
  getRowId: (row: Row) => string;
  /** Describes the table for assistive technology. */
  caption: string;
  sort?: SortState;
  onSort?: (key: string) => void;
  /** Shown in a single row when `data` is empty. */
  empty?: React.ReactNode;
};

export function DataTable<Row extends RowData>({
  columns,
  data,
  getRowId,
  caption,
  sort,
  onSort,
  empty,
}: DataTableProps<Row>) {
  const table = useTable({ features: dataTableFeatures, columns, data, getRowId: (row) => getRowId(row) });
  const { pending } = useListTransition();
  return (
    <TableFrame label={caption} className="shadow-xs" busy={pending}>
      <table className="min-w-full divide-y divide-zinc-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-zinc-50">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const meta = header.column.columnDef.meta;
                const sortKey = meta?.sortKey;
                const active = sortKey !== undefined && sort?.key === sortKey;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={active ? (sort!.dir === "asc" ? "ascending" : "descending") : undefined}
                    className={cn(
                      "px-2 py-2.5 text-left font-medium text-zinc-600 sm:px-3 sm:whitespace-nowrap",
                      visibilityClass(meta),
                      meta?.headerClassName,
                    )}
                  >
                    {header.isPlaceholder ? null : sortKey && onSort ? (
                      <SortHeaderButton direction={active ? sort!.dir : null} onClick={() => onSort(sortKey)}>
                        <table.FlexRender header={header} />
                      </SortHeaderButton>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className="hover:bg-zinc-50/60">
              {row.getAllCells().map((cell) => (
                <td
                  key={cell.id}
                  className={cn(
                    "px-2 py-3 align-top sm:px-3 text-zinc-800",
                    visibilityClass(cell.column.columnDef.meta),
                    cell.column.columnDef.meta?.cellClassName,
                  )}
                >
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
          {data.length === 0 && empty && (
            <tr>
              <td colSpan={columns.length} className="px-4 py-10 text-center text-zinc-600">
                {empty}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </TableFrame>
  );
}
