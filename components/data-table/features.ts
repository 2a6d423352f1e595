// The feature set and column helper of the portal's tables. The tables are server-driven:
// sorting, filtering and paging happen in the database (URL search params), so TanStack
// Table only models columns and rows; no client row models are registered.
import { createColumnHelper, tableFeatures, type RowData } from "@tanstack/react-table";

/** The narrowest screen (Tailwind breakpoint) that shows the column; absent = every screen. */
export type ColumnBreakpoint = "sm" | "md" | "lg" | "xl" | "wide" | "2xl";

export type DataTableColumnMeta = {
  /** The value of the `sort` search param for this column; absent = not sortable. */
  sortKey?: string;
  headerClassName?: string;
  cellClassName?: string;
  /** Hides the column on narrower screens, so that a phone shows the essential columns unscrolled. */
  visibleFrom?: ColumnBreakpoint;
};

export const dataTableFeatures = tableFeatures({ columnMeta: {} as DataTableColumnMeta });

export type DataTableFeatures = typeof dataTableFeatures;

export function createDataTableColumnHelper<Row extends RowData>() {
  return createColumnHelper<DataTableFeatures, Row>();
}

// Literal class names, so that Tailwind finds them.
const VISIBLE_FROM: Record<ColumnBreakpoint, string> = {
  sm: "hidden sm:table-cell",
  md: "hidden md:table-cell",
  lg: "hidden lg:table-cell",
  xl: "hidden xl:table-cell",
  /** 1440 px: beside a sidebar, the room for one more column than at 1280 px. */
  wide: "hidden min-[90rem]:table-cell",
  "2xl": "hidden 2xl:table-cell",
};

export function visibilityClass(meta: DataTableColumnMeta | undefined): string | undefined {
  return meta?.visibleFrom ? VISIBLE_FROM[meta.visibleFrom] : undefined;
}
