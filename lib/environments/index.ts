// The environments of an organization (Development, Staging, Production, ...), in the order
// the organization set: the read helper every screen uses, and administration.
import "server-only";
import { db } from "../db/index.ts";

export type EnvironmentSummary = { id: string; name: string; slug: string };

/** The organization's environments ordered by position, then name. */
export async function listEnvironments(orgId: string): Promise<EnvironmentSummary[]> {
  return db.environment.findMany({
    where: { orgId },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, name: true, slug: true },
  });
}

export {
  createEnvironment,
  renameEnvironment,
  moveEnvironment,
  deleteEnvironment,
  EnvironmentInUseError,
} from "./manage.ts";
export { environmentValueCounts } from "./counts.ts";
