// The one pipeline every server action goes through: parse input with the shared zod schema →
// load the tier's context → run the handler (which derives the organization from the resource id
// and checks the permission table through lib/authz) → typed result. Expected errors become
// user-facing messages; anything else is logged without values and shown generically.
// Tiers: publicAction (no session: accepting an invitation), defineAction (the signed-in user),
// and the resource tier — secretAction, commandAction, workspaceAction, spotAction,
// environmentAction, tokenAction, invitationAction, organizationAction (members, and whatever
// is created in an organization) — which takes the resource id from the input, derives its
// organization on the server (resources.ts) and hands the handler the actor. The lint rule
// strongroom/server-actions-use-pipeline refuses any other export of a "use server" file.
import "server-only";
import type { z } from "zod";
import { requireCurrentSession, type SessionUser } from "../auth/session.ts";
import { getRequestInfo } from "../auth/request-info.ts";
import type { RequestInfo } from "../audit/index.ts";
import { isAppError, type FieldErrors } from "../errors/index.ts";
import type { UserActor } from "./actor.ts";
import { actorForResource, type ResourceKind } from "./resources.ts";
import { zodFieldErrors } from "./zod-errors.ts";

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; error: string; code: string; fieldErrors?: FieldErrors };

export type PublicContext = { request: RequestInfo };
/** `sessionId`: this browser's session record (UserSession), e.g. to end every session but this one. */
export type ActionContext = PublicContext & { user: SessionUser; sessionId: string };
export type ResourceContext = ActionContext & { actor: UserActor };

type Action<S extends z.ZodType, T> = (raw: z.input<S>) => Promise<ActionResult<T>>;

/** Every action the pipeline made, so that form-action.ts wraps nothing else. */
const pipelineActions = new WeakSet<object>();

export function isPipelineAction(fn: unknown): boolean {
  return typeof fn === "function" && pipelineActions.has(fn);
}

function pipeline<S extends z.ZodType, C, T>(
  schema: S,
  loadContext: (input: z.output<S>) => Promise<C>,
  handler: (input: z.output<S>, ctx: C) => Promise<T>,
): Action<S, T> {
  const action: Action<S, T> = async (raw) => {
    try {
      // A form posted to an action without JavaScript hands it FormData: only form actions
      // (form-action.ts) take that, turned into their schema's input first.
      const parsed = raw instanceof FormData ? schema.safeParse(undefined) : schema.safeParse(raw);
      if (!parsed.success) {
        return {
          ok: false,
          code: "invalid_input",
          error: "Check the highlighted fields.",
          fieldErrors: zodFieldErrors(parsed.error),
        };
      }
      const ctx = await loadContext(parsed.data);
      return { ok: true, data: await handler(parsed.data, ctx) };
    } catch (e) {
      return toActionError(e);
    }
  };
  pipelineActions.add(action);
  return action;
}

/** Public tier: no session (a new user accepting an invitation). The handler checks its own token. */
export function publicAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, ctx: PublicContext) => Promise<T>,
): Action<S, T> {
  return pipeline(schema, async () => ({ request: await getRequestInfo() }), handler);
}

/** Session tier: the signed-in user (refused with "sign in" otherwise). */
export function defineAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, ctx: ActionContext) => Promise<T>,
): Action<S, T> {
  return pipeline(schema, sessionContext, handler);
}

async function sessionContext(): Promise<ActionContext> {
  const { user, sessionId } = await requireCurrentSession();
  return { user, sessionId, request: await getRequestInfo() };
}

/** A resource tier: the session, then the actor of the organization owning the resource `idOf(input)`. */
function resourceTier<I>(kind: ResourceKind, idOf: (input: I) => string) {
  return <S extends z.ZodType<I>, T>(
    schema: S,
    handler: (input: z.output<S>, ctx: ResourceContext) => Promise<T>,
  ): Action<S, T> =>
    pipeline(
      schema,
      async (input) => {
        const ctx = await sessionContext();
        return { ...ctx, actor: await actorForResource(ctx.user, kind, idOf(input as I)) };
      },
      handler,
    );
}

export const organizationAction = resourceTier("organization", (i: { orgId: string }) => i.orgId);
export const secretAction = resourceTier("secret", (i: { secretId: string }) => i.secretId);
export const commandAction = resourceTier("command", (i: { commandId: string }) => i.commandId);
export const workspaceAction = resourceTier("workspace", (i: { workspaceId: string }) => i.workspaceId);
export const spotAction = resourceTier("spot", (i: { spotId: string }) => i.spotId);
export const environmentAction = resourceTier("environment", (i: { environmentId: string }) => i.environmentId);
export const tokenAction = resourceTier("token", (i: { tokenId: string }) => i.tokenId);
export const invitationAction = resourceTier("invitation", (i: { invitationId: string }) => i.invitationId);

export function toActionError(e: unknown): { ok: false; error: string; code: string; fieldErrors?: FieldErrors } {
  if (isAppError(e)) return { ok: false, error: e.message, code: e.code, fieldErrors: e.fieldErrors };
  // Never return the message of an unexpected error: it may carry data.
  console.error("strongroom: unexpected error in server action:", e instanceof Error ? e.name : typeof e);
  return { ok: false, code: "internal", error: "Something went wrong. Nothing was changed; please try again." };
}
