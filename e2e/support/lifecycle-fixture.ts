// The lifecycle spec's data, made through the data layer in the end-to-end database: an
// isolated organization, five organization secrets registered now, and an API token that may
// resolve them. Prints { org, secrets: { <name>: <id> }, token } as JSON.
// Run by e2e/lifecycle.spec.ts through `tsx --conditions=react-server`.
import { db } from "../../lib/db/index.ts";
import { requireUserActor } from "../../lib/authz/index.ts";
import { createApiToken } from "../../lib/api-tokens/index.ts";
import { createApiTokenSchema } from "../../lib/api-tokens/schema.ts";
import { registerSecret } from "../../lib/secrets/index.ts";
import { registerSecretSchema } from "../../lib/secrets/secret-form-schema.ts";
import { createTestOrganization } from "../../lib/seed/test-organization.ts";
import { addDays } from "../../lib/time/days.ts";

export const LIFECYCLE_SECRETS = ["idle_key", "grace_key", "scheduled_key", "cancelled_key", "expiring_key"] as const;

async function main() {
  const org = await createTestOrganization(db, { prefix: process.argv[2] || "e2e-life" });
  const holder = await requireUserActor(org.users.holder, org.orgId);
  const production = org.environmentIds["Production"]!;
  const secrets: Record<string, string> = {};
  for (const name of LIFECYCLE_SECRETS) {
    const expiresAt = name === "expiring_key" ? addDays(new Date(), 10).toISOString() : undefined;
    const input = registerSecretSchema.parse({
      orgId: org.orgId,
      scope: "ORGANIZATION",
      availability: "ORGANIZATION",
      name,
      expiresAt,
      credential: { type: "API_KEY", headerName: "X-API-Key", values: { [production]: { value: `value-of-${name}` } } },
    });
    secrets[name] = (await registerSecret(holder, input)).id;
  }
  const token = await createApiToken(
    holder,
    createApiTokenSchema.parse({
      orgId: org.orgId,
      name: "lifecycle e2e",
      environmentIds: [],
      allEnvironments: true,
      permissions: ["resolve"],
    }),
  );
  process.stdout.write(JSON.stringify({ org, secrets, token: token.token }));
}

main()
  .then(() => db.$disconnect())
  .catch(async (err) => {
    console.error(err);
    await db.$disconnect();
    process.exit(1);
  });
