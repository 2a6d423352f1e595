// The Secrets Manager list query: lives in the URL search params, validated here, executed by
// the database. Shared by the list page (client) and the service (server).
import { z } from "zod";
import { SCOPES, SECRET_STATUSES } from "../domain/constants.ts";

export const SORTABLE_COLUMNS = ["name", "type", "availability", "createdAt", "expiresAt", "status"] as const;
export type SortColumn = (typeof SORTABLE_COLUMNS)[number];
export const PAGE_SIZES = [10, 25, 50, 100] as const;

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const secretListQuerySchema = z.object({
  scope: z.preprocess(emptyToUndefined, z.enum(SCOPES).optional()),
  workspaceId: z.preprocess(emptyToUndefined, z.string().max(64).optional()),
  type: z.preprocess(emptyToUndefined, z.string().regex(/^[A-Z_]{1,32}$/).optional()),
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
