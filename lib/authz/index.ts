import "server-only";
export * from "./permissions.ts";
export * from "./actor.ts";
export * from "./command-permissions.ts";
export { visibleCommandsWhere } from "./command-visibility.ts";
export { loadUserActor, requireUserActor } from "./load-actor.ts";
export { actorForResource, RESOURCES, type ResourceKind } from "./resources.ts";
export {
  authorizeSecret,
  assertSecretAction,
  toFacts,
  allowedSecretActions,
  SECRET_FACTS_SELECT,
  type AccessibleSecret,
} from "./secret-access.ts";
export { visibleSecretsWhere } from "./secret-visibility.ts";
export {
  defineAction,
  publicAction,
  organizationAction,
  secretAction,
  commandAction,
  workspaceAction,
  spotAction,
  environmentAction,
  tokenAction,
  invitationAction,
  toActionError,
  type ActionResult,
  type ActionContext,
  type PublicContext,
  type ResourceContext,
} from "./action.ts";
export { formAction } from "./form-action.ts";
export type { FormState, FormSubmit } from "./form-state.ts";
export { secretAuditEvent } from "./secret-audit.ts";
export { assertEnvironmentsAllowed } from "./environment-limits.ts";
