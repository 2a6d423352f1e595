// Environments as the API names them: by slug ("production") or id. An organization's list is
// kept in memory for ENV_CACHE_TTL_MS, so the resolve hot path does not query for it; a new or
// renamed environment is seen by the API within that time (on every instance).
import "server-only";
import { db } from "../db/index.ts";
import { NotFoundError } from "../errors/index.ts";

export const ENV_CACHE_TTL_MS = 30_000;

export type ApiEnvironment = { id: string; name: string; slug: string; position: number };

type Entry = { envs: ApiEnvironment[]; until: number };
const g = globalThis as unknown as { strongroomEnvCache?: Map<string, Entry> };
const cache = (g.strongroomEnvCache ??= new Map<string, Entry>());

export async function organizationEnvironments(orgId: string, nowMs = Date.now()): Promise<ApiEnvironment[]> {
  const hit = cache.get(orgId);
  if (hit && hit.until > nowMs) return hit.envs;
  const envs = await db.environment.findMany({
    where: { orgId },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, name: true, slug: true, position: true },
  });
  if (cache.size > 10_000) cache.clear();
  cache.set(orgId, { envs, until: nowMs + ENV_CACHE_TTL_MS });
  return envs;
}

/** The environment `ref` (slug, id, or name) of the organization, or 404. */
export async function findEnvironment(orgId: string, ref: string): Promise<ApiEnvironment> {
  const envs = await organizationEnvironments(orgId);
  const found =
    envs.find((e) => e.slug === ref) ??
    envs.find((e) => e.id === ref) ??
    envs.find((e) => e.name.toLowerCase() === ref.toLowerCase());
  if (!found)
    throw new NotFoundError(
      `Environment "${ref.slice(0, 64)}" not found. Use a slug such as "production" (GET /api/v1/environments lists them).`,
    );
  return found;
}

/** Rewrites the keys of a credential's `values` from slugs (or ids) to environment ids. */
export async function valuesByEnvironmentId(orgId: string, credential: unknown): Promise<unknown> {
  if (!credential || typeof credential !== "object" || !("values" in credential)) return credential;
  const values = (credential as { values: unknown }).values;
  if (!values || typeof values !== "object" || Array.isArray(values)) return credential;
  const envs = await organizationEnvironments(orgId);
  const mapped: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(values)) {
    const env = envs.find((e) => e.slug === key) ?? envs.find((e) => e.id === key);
    mapped[env?.id ?? key] = v;
  }
  return { ...credential, values: mapped };
}

export function forgetEnvironments(orgId?: string): void {
  if (orgId) cache.delete(orgId);
  else cache.clear();
}
