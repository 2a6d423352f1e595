// Adapts API request bodies to the shared service schemas: the organization comes from the
// token, a workspace token's workspace is the default, credential values may be keyed by
// environment slug ("production") as well as id. (Which environments a limited token may
// write, the services check: lib/authz/environment-limits.ts.)
import "server-only";
import type { TokenActor } from "../authz/index.ts";
import { parseInput } from "../authz/route.ts";
import {
  registerSecretSchema,
  updateSecretSchema,
  type RegisterSecretData,
  type UpdateSecretData,
} from "../secrets/secret-form-schema.ts";
import { valuesByEnvironmentId } from "./environments.ts";

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

export async function apiRegisterInput(actor: TokenActor, body: unknown): Promise<RegisterSecretData> {
  const raw = isObject(body) ? { ...body } : {};
  raw.orgId = actor.orgId;
  if (actor.workspaceId && raw.scope === "WORKSPACE" && raw.workspaceId === undefined)
    raw.workspaceId = actor.workspaceId;
  raw.credential = await valuesByEnvironmentId(actor.orgId, raw.credential);
  return parseInput(registerSecretSchema, raw);
}

export async function apiUpdateInput(actor: TokenActor, secretId: string, body: unknown): Promise<UpdateSecretData> {
  const raw = isObject(body) ? { ...body } : {};
  raw.secretId = secretId;
  if (raw.credential !== undefined) raw.credential = await valuesByEnvironmentId(actor.orgId, raw.credential);
  return parseInput(updateSecretSchema, raw);
}
