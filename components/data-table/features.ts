// The feature set and column helper of the portal's tables. The tables are server-driven:
// sorting, filtering and paging happen in the database (URL search params), so TanStack
// Table only models columns and rows; no client row models are registered.
import { createColumnHelper, tableFeatures, type RowData } from "@tanstack/react-table";

export type DataTableColumnMeta = {
  /** The value of the `sort` search param for this column; absent = not sortable. */
  sortKey?: string;
  headerClassName?: string;
  cellClassName?: string;
};

export const dataTableFeatures = tableFeatures({ columnMeta: {} as DataTableColumnMeta });

export type DataTableFeatures = typeof dataTableFeatures;

export function createDataTableColumnHelper<Row extends RowData>() {
  return createColumnHelper<DataTableFeatures, Row>();
}
