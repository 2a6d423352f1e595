// Adapts API request bodies to the shared service schemas: the organization comes from the
// token, a workspace token's workspace is the default, credential values may be keyed by
// environment slug ("production") as well as id, and a token limited to some environments
// may write only those (403 otherwise, audited).
import "server-only";
import { recordAudit, type RequestInfo } from "../audit/index.ts";
import { actorAudit, type TokenActor } from "../authz/index.ts";
import { parseInput } from "../authz/route.ts";
import { ForbiddenError } from "../errors/index.ts";
import { registerSecretSchema, updateSecretSchema, type RegisterSecretData, type UpdateSecretData } from "../secrets/secret-form-schema.ts";
import { valuesByEnvironmentId } from "./environments.ts";

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

export async function apiRegisterInput(actor: TokenActor, body: unknown, request: RequestInfo): Promise<RegisterSecretData> {
  const raw = isObject(body) ? { ...body } : {};
  raw.orgId = actor.orgId;
  if (actor.workspaceId && raw.scope === "WORKSPACE" && raw.workspaceId === undefined) raw.workspaceId = actor.workspaceId;
  raw.credential = await valuesByEnvironmentId(actor.orgId, raw.credential);
  const data = parseInput(registerSecretSchema, raw);
  await assertEnvironmentsAllowed(actor, Object.keys(data.credential.values ?? {}), request);
  return data;
}

export async function apiUpdateInput(actor: TokenActor, secretId: string, body: unknown, request: RequestInfo): Promise<UpdateSecretData> {
  const raw = isObject(body) ? { ...body } : {};
  raw.secretId = secretId;
  if (raw.credential !== undefined) raw.credential = await valuesByEnvironmentId(actor.orgId, raw.credential);
  const data = parseInput(updateSecretSchema, raw);
  await assertEnvironmentsAllowed(actor, Object.keys(data.credential?.values ?? {}), request);
  return data;
}

/** A token with allowed environments may read, write and copy values of those only. */
export async function assertEnvironmentsAllowed(actor: TokenActor, environmentIds: string[], request: RequestInfo): Promise<void> {
  if (actor.environmentIds.size === 0) return;
  const refused = environmentIds.filter((id) => !actor.environmentIds.has(id));
  if (refused.length === 0) return;
  await recordAudit({
    orgId: actor.orgId,
    actor: actorAudit(actor),
    action: "api.permission_denied",
    outcome: "DENIED",
    detail: { reason: "environment_not_allowed", environments: refused },
    request,
  });
  throw new ForbiddenError("This token may not use values of that environment.");
}
