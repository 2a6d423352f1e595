// The secrets a command's header rows reference: loaded with the facts the rules need, and —
// for secrets a change adds — authorized for use by the person making the change (rule 1).
// Every refusal names the secret and the header.
import "server-only";
import { db } from "../db/index.ts";
import { authorizeSecret, type Actor } from "../authz/index.ts";
import { ForbiddenError, NotFoundError, ValidationError } from "../errors/index.ts";
import type { RequestInfo } from "../audit/index.ts";
import { typeProblem, type ReferencedSecret } from "./rules.ts";

export type RowRef = { key: string; secretId: string; field?: string; clientName?: string };
export type LoadedRef = RowRef & ReferencedSecret & { secretId: string; ownerId: string | null };

/** Facts of the referenced secrets (no authorization: for secrets already in the command). */
async function loadFacts(ids: string[], orgId: string) {
  const rows = await db.secret.findMany({
    where: { id: { in: ids }, orgId },
    select: { id: true, name: true, scope: true, workspaceId: true, ownerId: true, type: true, status: true },
  });
  return new Map(rows.map((r) => [r.id, r]));
}

async function authorizeUse(actor: Actor, ref: RowRef, request?: RequestInfo | null) {
  try {
    await authorizeSecret(actor, ref.secretId, "use", request);
  } catch (e) {
    if (e instanceof ForbiddenError) {
      throw new ForbiddenError(`${e.message.replace(/\.$/, "")} (header ${ref.key}).`);
    }
    if (e instanceof NotFoundError) {
      const name = ref.clientName ? `"${ref.clientName}"` : "chosen";
      throw new NotFoundError(`The ${name} secret (header ${ref.key}) does not exist or is not available to you.`);
    }
    throw e;
  }
}

/**
 * Loads every referenced secret; those in `added` are authorized for use by the actor first.
 * A kept reference to a secret deleted since is loaded by its stored name.
 */
export async function loadRefs(
  actor: Actor,
  refs: RowRef[],
  added: (ref: RowRef) => boolean,
  opts: { request?: RequestInfo | null; storedNames?: Map<string, string> } = {},
): Promise<LoadedRef[]> {
  for (const ref of refs) if (added(ref)) await authorizeUse(actor, ref, opts.request);
  const facts = await loadFacts([...new Set(refs.map((r) => r.secretId))], actor.orgId);
  return refs.map((ref) => {
    const f = facts.get(ref.secretId);
    const isNew = added(ref);
    if (!f) {
      if (isNew) throw new NotFoundError(`The secret (header ${ref.key}) does not exist or is not available to you.`);
      return {
        ...ref,
        name: opts.storedNames?.get(ref.secretId) ?? ref.secretId,
        scope: "DELETED",
        workspaceId: null,
        ownerId: null,
        type: "",
        header: ref.key,
        isNew,
      };
    }
    return {
      ...ref,
      name: f.name,
      scope: f.scope,
      workspaceId: f.workspaceId,
      ownerId: f.ownerId,
      type: f.type,
      header: ref.key,
      isNew,
    };
  });
}

/** The type rules for secrets a change adds or whose row changed (field), as field errors. */
export function assertTypes(refs: LoadedRef[]): void {
  for (const r of refs) {
    if (r.scope === "DELETED") continue;
    const problem = typeProblem(r);
    if (problem) throw new ValidationError(problem);
  }
}
