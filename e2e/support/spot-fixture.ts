// An isolated organization whose Spot "Alpha" has an organization secret restricted to it
// ("alpha_only_key"), made through the data layer in the end-to-end database. Prints the
// organization as JSON. Run by e2e/admin-workspaces.spec.ts through `tsx --conditions=react-server`.
import { db } from "../../lib/db/index.ts";
import { requireUserActor } from "../../lib/authz/index.ts";
import { registerSecret } from "../../lib/secrets/index.ts";
import { registerSecretSchema } from "../../lib/secrets/secret-form-schema.ts";
import { createTestOrganization } from "../../lib/seed/test-organization.ts";

async function main() {
  const org = await createTestOrganization(db, { prefix: process.argv[2] || "e2e-spot" });
  const holder = await requireUserActor(org.users.holder, org.orgId);
  const input = registerSecretSchema.parse({
    orgId: org.orgId,
    scope: "ORGANIZATION",
    availability: "SPOTS",
    spotIds: [org.spotIds.alpha],
    name: "alpha_only_key",
    credential: {
      type: "API_KEY",
      headerName: "X-API-Key",
      values: { [org.environmentIds.Production!]: { value: "alpha-value" } },
    },
  });
  await registerSecret(holder, input);
  process.stdout.write(JSON.stringify(org));
}

main()
  .then(() => db.$disconnect())
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
