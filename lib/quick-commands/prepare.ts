// What creating, editing and forking share: turn the form's header rows into stored rows with
// the secrets' own names, authorize the secrets the change adds (rule 1), check the type rules
// and the sharing rules (rules 2 and 4), and check the workspace of a shared command.
import "server-only";
import { db } from "../db/index.ts";
import type { RequestInfo } from "../audit/index.ts";
import { mayShareCommandWith, type UserActor } from "../authz/index.ts";
import { NotFoundError, ValidationError } from "../errors/index.ts";
import type { CommandVisibility } from "../domain/constants.ts";
import { FIELD_TYPES, visibilityProblem } from "./rules.ts";
import type { CommandFormData } from "./schema.ts";
import { assertTypes, loadRefs, type LoadedRef, type RowRef } from "./secret-refs.ts";
import { isSecretHeader, needsSecret, usageLocation, type StoredHeader } from "./stored-headers.ts";

export type PreparedCommand = {
  headers: StoredHeader[];
  refs: LoadedRef[];
  workspaceId: string | null;
  isNew: (secretId: string, location: string) => boolean;
};

/** A shared command's workspace must be one of the organization's live workspaces the actor works in. */
export async function checkWorkspace(
  actor: UserActor,
  visibility: CommandVisibility,
  workspaceId: string | undefined,
): Promise<string | null> {
  if (visibility !== "SHARED") return null;
  const ws = workspaceId
    ? await db.workspace.findFirst({
        where: { id: workspaceId, orgId: actor.orgId, archivedAt: null },
        select: { id: true },
      })
    : null;
  if (!ws || !mayShareCommandWith(actor, ws.id)) {
    throw new ValidationError("Choose one of your workspaces to share the command with.", {
      "command.workspaceId": ["Choose one of your workspaces."],
    });
  }
  return ws.id;
}

export function assertVisibility(visibility: CommandVisibility, workspaceId: string | null, refs: LoadedRef[]): void {
  const problem = visibilityProblem(visibility, workspaceId, refs);
  if (problem) throw new ValidationError(problem, { "command.visibility": [problem] });
}

export async function prepareCommand(
  actor: UserActor,
  data: CommandFormData,
  previous: StoredHeader[],
  opts: { request?: RequestInfo | null } = {},
): Promise<PreparedCommand> {
  const workspaceId = await checkWorkspace(actor, data.visibility, data.workspaceId);
  const before = new Set(previous.filter(isSecretHeader).map((h) => `${h.secretId}\0${usageLocation(h)}`));
  const isNew = (secretId: string, location: string) => !before.has(`${secretId}\0${location}`);
  const storedNames = new Map(previous.filter(isSecretHeader).map((h) => [h.secretId, h.secretName]));
  const rowRefs: RowRef[] = data.headers
    .filter((h) => h.kind === "secret" && h.secretId)
    .map((h) => ({ key: h.key, secretId: h.secretId!, field: h.field || undefined, clientName: h.secretName }));
  const refs = await loadRefs(actor, rowRefs, (r) => isNew(r.secretId, usageLocation(r)), {
    request: opts.request,
    storedNames,
  });
  assertTypes(refs);
  assertVisibility(data.visibility, workspaceId, refs);
  const byKey = new Map(refs.map((r) => [r.key, r]));
  const pendingNames = new Map(
    previous.filter(needsSecret).map((h) => [h.key, h.kind === "secret" ? h.secretName : undefined]),
  );
  const headers = data.headers.map((h): StoredHeader => {
    if (h.kind === "text") return { kind: "text", key: h.key, value: h.value ?? "" };
    const ref = byKey.get(h.key);
    if (!ref) {
      const name = pendingNames.get(h.key);
      return { kind: "secret", key: h.key, needsSecret: true, ...(name ? { secretName: name } : {}) };
    }
    const field =
      ref.scope === "DELETED" || (FIELD_TYPES as readonly string[]).includes(ref.type) ? ref.field : undefined;
    return { kind: "secret", key: h.key, secretId: ref.secretId, secretName: ref.name, ...(field ? { field } : {}) };
  });
  return { headers, refs, workspaceId, isNew };
}

export function assertSameOrg(actor: UserActor, orgId: string): void {
  if (orgId !== actor.orgId) throw new NotFoundError("Organization not found.");
}
