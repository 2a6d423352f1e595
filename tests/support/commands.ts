// Quick Command fixtures: secrets of the header types registered through the real service, and
// command inputs parsed with the schema the form and the server actions use.
import type { UserActor } from "../../lib/authz/index.ts";
import { commandFormSchema, type CommandFormInput } from "../../lib/quick-commands/schema.ts";
import type { RegisterSecretInput } from "../../lib/secrets/secret-form-schema.ts";
import { env, register, type OrgFixture } from "./org.ts";

type Where = {
  scope?: "ORGANIZATION" | "WORKSPACE" | "PERSONAL";
  workspaceId?: string;
  availability?: "ORGANIZATION" | "SPOTS";
  spotIds?: string[];
};

/** Registers a secret with the same payload in Production and Staging. */
export async function secret(
  org: OrgFixture,
  actor: UserActor,
  name: string,
  credential: Record<string, unknown>,
  payload: Record<string, unknown>,
  where: Where = {},
) {
  const scope = where.scope ?? "ORGANIZATION";
  const input = {
    orgId: org.orgId,
    scope,
    ...(scope === "ORGANIZATION" ? { availability: where.availability ?? "ORGANIZATION", spotIds: where.spotIds } : {}),
    ...(scope === "WORKSPACE" ? { workspaceId: where.workspaceId ?? org.workspaceId } : {}),
    name,
    credential: { ...credential, values: { [env(org, "Production")]: payload, [env(org, "Staging")]: payload } },
  } as RegisterSecretInput;
  return register(actor, input);
}

export const apiKey = (org: OrgFixture, actor: UserActor, name: string, value: string, where?: Where) =>
  secret(org, actor, name, { type: "API_KEY", headerName: "X-API-Key" }, { value }, where);

export const clientCredentials = (
  org: OrgFixture,
  actor: UserActor,
  name: string,
  tokenUrl: string,
  extra: Record<string, unknown> = {},
  clientSecret = "client-secret-value",
) =>
  secret(
    org,
    actor,
    name,
    {
      type: "CLIENT_CREDENTIALS",
      tokenUrl,
      clientId: "client-id",
      scopes: "read write",
      clientAuth: "basic",
      ...extra,
    },
    { clientSecret },
  );

export function command(input: Partial<CommandFormInput> & { headers?: CommandFormInput["headers"] }) {
  return commandFormSchema.parse({
    name: "Echo",
    method: "GET",
    endpoint: "http://127.0.0.1:1/",
    headers: [],
    visibility: "PRIVATE",
    ...input,
  });
}

export const secretHeader = (key: string, s: { id: string; name: string }, field?: string) => ({
  kind: "secret" as const,
  key,
  secretId: s.id,
  secretName: s.name,
  ...(field ? { field } : {}),
});
export const textHeader = (key: string, value: string) => ({ kind: "text" as const, key, value });
