// The Secrets Manager list query: lives in the URL search params, validated here, executed by
// the database. Shared by the list page (client) and the service (server).
import { z } from "zod";
import { ALL_WORKSPACES, SCOPES, SECRET_STATUSES } from "../domain/constants.ts";

export const SORTABLE_COLUMNS = ["name", "type", "availability", "createdAt", "expiresAt", "status"] as const;
export type SortColumn = (typeof SORTABLE_COLUMNS)[number];
export const PAGE_SIZES = [10, 25, 50, 100] as const;

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const secretListQuerySchema = z.object({
  scope: z.preprocess(emptyToUndefined, z.enum(SCOPES).optional()),
  workspaceId: z.preprocess(emptyToUndefined, z.string().max(64).optional()),
  type: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[A-Z_]{1,32}$/)
      .optional(),
  ),
  status: z.preprocess(emptyToUndefined, z.enum(SECRET_STATUSES).exclude(["DELETED"]).optional()),
  q: z.preprocess(emptyToUndefined, z.string().trim().max(128).optional()),
  sort: z.preprocess(emptyToUndefined, z.enum(SORTABLE_COLUMNS).default("name")),
  dir: z.preprocess(emptyToUndefined, z.enum(["asc", "desc"]).default("asc")),
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
  pageSize: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number()
      .int()
      .refine((n) => (PAGE_SIZES as readonly number[]).includes(n), "Unsupported page size")
      .default(25),
  ),
});

export type SecretListQuery = z.output<typeof secretListQuerySchema>;

/** Parses URL search params leniently: an invalid parameter falls back to its default. */
export function parseSecretListQuery(params: Record<string, string | string[] | undefined>): SecretListQuery {
  const flat: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) flat[k] = Array.isArray(v) ? v[0] : v;
  const parsed = secretListQuerySchema.safeParse(flat);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) delete flat[String(issue.path[0])];
  return secretListQuerySchema.parse(flat);
}

/**
 * Which workspace secrets the list shows:
 * - `all`: every workspace's (that the actor may see);
 * - `only`: the secrets of one workspace, and nothing else;
 * - `context`: organization and personal secrets, and of workspace secrets only that workspace's.
 * `fromTopBar` says that the workspace is the current one chosen in the top bar, not a URL filter.
 */
export type WorkspaceFilter =
  | { kind: "all" }
  | { kind: "only"; workspaceId: string; fromTopBar: boolean }
  | { kind: "context"; workspaceId: string; fromTopBar: true };

/**
 * The workspace filter of a list query when `currentWorkspaceId` is chosen in the top bar (null:
 * All workspaces). A filter in the URL wins: `workspaceId=<id>` lists that workspace,
 * `workspaceId=all` every workspace. Otherwise the current workspace narrows the list to what
 * that workspace works with — organization and personal secrets stay, other workspaces' go —
 * and on the Workspace tab to its own secrets. The Organization and Personal tabs are unaffected.
 */
export function workspaceFilter(
  q: Pick<SecretListQuery, "scope" | "workspaceId">,
  currentWorkspaceId: string | null,
): WorkspaceFilter {
  if (q.workspaceId === ALL_WORKSPACES) return { kind: "all" };
  if (q.workspaceId) return { kind: "only", workspaceId: q.workspaceId, fromTopBar: false };
  if (!currentWorkspaceId || q.scope === "ORGANIZATION" || q.scope === "PERSONAL") return { kind: "all" };
  if (q.scope === "WORKSPACE") return { kind: "only", workspaceId: currentWorkspaceId, fromTopBar: true };
  return { kind: "context", workspaceId: currentWorkspaceId, fromTopBar: true };
}
