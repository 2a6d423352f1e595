// Adapts API request bodies to the shared service schemas: the organization comes from the
// token, a workspace token's workspace is the default, credential values may be keyed by
// environment slug ("production") as well as id, and a token limited to some environments
// may write only those (403 otherwise, audited; for updates the service checks, since what an
// update affects depends on the stored secret: lib/secrets/service/update-checks.ts).
import "server-only";
import type { RequestInfo } from "../audit/index.ts";
import { assertEnvironmentsAllowed, type TokenActor } from "../authz/index.ts";
import { parseInput } from "../authz/route.ts";
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

export async function apiUpdateInput(actor: TokenActor, secretId: string, body: unknown): Promise<UpdateSecretData> {
  const raw = isObject(body) ? { ...body } : {};
  raw.secretId = secretId;
  if (raw.credential !== undefined) raw.credential = await valuesByEnvironmentId(actor.orgId, raw.credential);
  return parseInput(updateSecretSchema, raw);
}
