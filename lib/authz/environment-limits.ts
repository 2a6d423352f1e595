// A token limited to some environments may read, write and copy values of those only, and may
// change what is shared by every environment (description, expiration date, availability,
// the credential's fields such as a token URL) only if it is allowed in every environment
// where the secret has a value. Refusals are 403 and audited.
import "server-only";
import { recordAudit, type RequestInfo } from "../audit/index.ts";
import { db } from "../db/index.ts";
import { ForbiddenError } from "../errors/index.ts";
import { actorAudit, type Actor } from "./actor.ts";

/** Throws (403, audited) unless `actor` may touch every one of `environmentIds`. */
export async function assertEnvironmentsAllowed(
  actor: Actor,
  environmentIds: Iterable<string>,
  request: RequestInfo | null | undefined,
  options: { sharedChange?: boolean } = {},
): Promise<void> {
  if (actor.kind !== "token" || actor.environmentIds.size === 0) return;
  const refused = [...new Set(environmentIds)].filter((id) => !actor.environmentIds.has(id));
  if (refused.length === 0) return;
  await recordAudit({
    orgId: actor.orgId,
    actor: actorAudit(actor),
    action: "api.permission_denied",
    outcome: "DENIED",
    detail: { reason: "environment_not_allowed", environments: refused },
    request: request ?? null,
  });
  if (!options.sharedChange) throw new ForbiddenError("This token may not use values of that environment.");
  const names = await db.environment.findMany({
    where: { orgId: actor.orgId, id: { in: refused } },
    orderBy: { position: "asc" },
    select: { name: true },
  });
  throw new ForbiddenError(
    "This change applies to every environment where the secret has a value, and this token is not allowed in " +
      `${names.map((e) => e.name).join(", ")}. Use a token allowed in all of them, or change only values of ` +
      "environments this token is allowed in.",
  );
}
