import "server-only";
export * from "./permissions.ts";
export * from "./actor.ts";
export { loadUserActor, requireUserActor, actorForSecret } from "./load-actor.ts";
export { authorizeSecret, assertSecretAction, toFacts, allowedSecretActions, SECRET_FACTS_SELECT, type AccessibleSecret } from "./secret-access.ts";
export { visibleSecretsWhere } from "./secret-visibility.ts";
export { defineAction, toActionError, type ActionResult, type ActionContext } from "./action.ts";
export { secretAuditEvent } from "./secret-audit.ts";
