// Loads a command and checks what the actor may do with it (lib/authz command table). A
// command the actor may not see is "not found" (its existence is not revealed); one they may
// see but not change is forbidden. Denials inside the organization are audited.
import "server-only";
import { db } from "../db/index.ts";
import { recordAudit, type RequestInfo } from "../audit/index.ts";
import { actorAudit, commandActionsFor, type CommandAction, type UserActor } from "../authz/index.ts";
import type { CommandVisibility } from "../domain/constants.ts";
import { ForbiddenError, NotFoundError } from "../errors/index.ts";

export type CommandRow = NonNullable<Awaited<ReturnType<typeof findCommand>>>;

const ACTION_WORDS: Record<CommandAction, string> = {
  view: "view",
  run: "run",
  fork: "fork",
  edit: "edit",
  delete: "delete",
  share: "change who can see",
};

export function findCommand(commandId: string) {
  return db.quickCommand.findUnique({
    where: { id: commandId },
    include: { owner: { select: { id: true, name: true } }, workspace: { select: { id: true, name: true } } },
  });
}

export const factsOf = (c: { orgId: string; ownerId: string; visibility: string; workspaceId: string | null }) => ({
  orgId: c.orgId,
  ownerId: c.ownerId,
  visibility: c.visibility as CommandVisibility,
  workspaceId: c.workspaceId,
});

export function commandAudit(
  actor: UserActor,
  c: { id: string; name: string; orgId: string },
  action: string,
  extra: {
    outcome?: "SUCCESS" | "DENIED" | "FAILURE";
    detail?: Record<string, unknown>;
    request?: RequestInfo | null;
    environmentId?: string | null;
  } = {},
) {
  return {
    orgId: c.orgId,
    actor: actorAudit(actor),
    action,
    outcome: extra.outcome ?? "SUCCESS",
    target: { type: "quick_command", id: c.id },
    environmentId: extra.environmentId ?? null,
    detail: { name: c.name, ...extra.detail },
    request: extra.request,
  } as const;
}

export async function authorizeCommand(
  actor: UserActor,
  commandId: string,
  action: CommandAction,
  request?: RequestInfo | null,
): Promise<CommandRow> {
  const row = await findCommand(commandId);
  const allowed = row ? commandActionsFor(actor, factsOf(row)) : new Set<CommandAction>();
  if (row && allowed.has(action)) return row;
  if (row && row.orgId === actor.orgId) {
    const reason = allowed.has("view") ? "forbidden" : "not_visible";
    // A private command's name is its owner's business: not recorded for others.
    const named = allowed.has("view") ? row : { ...row, name: "" };
    await recordAudit(
      commandAudit(actor, named, `command.${action}`, { outcome: "DENIED", detail: { reason }, request }),
    );
  }
  if (row && allowed.has("view"))
    throw new ForbiddenError(`You do not have permission to ${ACTION_WORDS[action]} the quick command "${row.name}".`);
  throw new NotFoundError("Quick command not found.");
}
