// Integration fixtures: an isolated organization with one actor per role, and inputs for
// registering secrets through the real service.
import { db } from "../../lib/db/index.ts";
import { requireUserActor, type UserActor } from "../../lib/authz/index.ts";
import { createTestOrganization, type TestOrganization, type TestUserKey } from "../../lib/seed/test-organization.ts";
import type { RegisterSecretInput } from "../../lib/secrets/secret-form-schema.ts";
import { registerSecretSchema } from "../../lib/secrets/secret-form-schema.ts";
import { registerSecret } from "../../lib/secrets/index.ts";

export type OrgFixture = TestOrganization & { actors: Record<TestUserKey, UserActor> };

export async function orgFixture(prefix = "it"): Promise<OrgFixture> {
  const org = await createTestOrganization(db, { prefix });
  const actor = (key: TestUserKey) => requireUserActor(org.users[key], org.orgId);
  return {
    ...org,
    actors: {
      holder: await actor("holder"),
      manager: await actor("manager"),
      member1: await actor("member1"),
      member2: await actor("member2"),
    },
  };
}

export function env(org: TestOrganization, name: "Development" | "Staging" | "Production") {
  const id = org.environmentIds[name];
  if (!id) throw new Error(`no environment ${name}`);
  return id;
}

/** An API Key registration input with the given value in Production (and Staging when given). */
export function apiKeyInput(
  org: TestOrganization,
  name: string,
  value: string,
  extra: Partial<RegisterSecretInput> = {},
  stagingValue?: string,
): RegisterSecretInput {
  const values: Record<string, { value: string }> = { [env(org, "Production")]: { value } };
  if (stagingValue) values[env(org, "Staging")] = { value: stagingValue };
  return {
    orgId: org.orgId,
    scope: "ORGANIZATION",
    availability: "ORGANIZATION",
    name,
    credential: { type: "API_KEY", headerName: "X-API-Key", values },
    ...extra,
  } as RegisterSecretInput;
}

/** Registers through the service after parsing with the same schema the portal uses. */
export async function register(actor: UserActor, input: RegisterSecretInput) {
  return registerSecret(actor, registerSecretSchema.parse(input));
}
