// The Secrets Manager list lives in the URL: one function builds every link of the page
// (tabs, sorting, filters, paging), leaving out parameters at their defaults.
import { ALL_WORKSPACES, type Scope } from "@/lib/domain/constants";
import type { SecretListQuery } from "@/lib/secrets/list-query";

export type ListParams = Partial<
  Pick<SecretListQuery, "scope" | "workspaceId" | "type" | "status" | "q" | "sort" | "dir" | "page" | "pageSize">
>;

const DEFAULTS: ListParams = { sort: "name", dir: "asc", page: 1, pageSize: 25 };

/** `current` with `changes` applied; any change other than the page goes back to page 1. */
export function mergeListParams(current: ListParams, changes: ListParams): ListParams {
  const resetsPage = Object.keys(changes).some((k) => k !== "page");
  return { ...current, ...(resetsPage ? { page: 1 } : {}), ...changes };
}

/** `/secrets?...` for `current` with `changes` applied (mergeListParams). */
export function secretListHref(current: ListParams, changes: ListParams = {}): string {
  const merged = mergeListParams(current, changes);
  const params = new URLSearchParams();
  for (const key of ["scope", "workspaceId", "type", "status", "q", "sort", "dir", "page", "pageSize"] as const) {
    const value = merged[key];
    if (value === undefined || value === null || value === "" || value === DEFAULTS[key]) continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `/secrets?${qs}` : "/secrets";
}

/** The next sort when a column header is clicked: ascending first, then toggling. */
export function nextSort(current: Pick<ListParams, "sort" | "dir">, key: string): Pick<ListParams, "sort" | "dir"> {
  const sort = key as SecretListQuery["sort"];
  if (current.sort === sort) return { sort, dir: current.dir === "asc" ? "desc" : "asc" };
  return { sort, dir: "asc" };
}

/**
 * A storage location tab (undefined: All): the other filters stay; a workspace filter goes back
 * to the default (the workspace chosen in the top bar), unless it is "all workspaces".
 */
export function scopeTabHref(current: ListParams, scope: Scope | undefined): string {
  return secretListHref(current, {
    scope,
    workspaceId: current.workspaceId === ALL_WORKSPACES ? ALL_WORKSPACES : undefined,
  });
}
