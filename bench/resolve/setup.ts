// Creates the benchmark's organization, one API Key secret with a Production value and a
// resolve token in the database DATABASE_URL names; prints { token, name } as JSON.
// Run with `tsx --conditions=react-server` (lib/ is server-only).
import { db } from "../../lib/db/index.ts";
import { requireUserActor } from "../../lib/authz/index.ts";
import { createApiToken } from "../../lib/api-tokens/index.ts";
import { createApiTokenSchema } from "../../lib/api-tokens/schema.ts";
import { registerSecret } from "../../lib/secrets/index.ts";
import { registerSecretSchema } from "../../lib/secrets/secret-form-schema.ts";
import { createTestOrganization } from "../../lib/seed/test-organization.ts";

async function main() {
  const org = await createTestOrganization(db, { prefix: "bench" });
  const holder = await requireUserActor(org.users.holder, org.orgId);
  const name = "bench_api_key";
  await registerSecret(
    holder,
    registerSecretSchema.parse({
      orgId: org.orgId,
      scope: "ORGANIZATION",
      availability: "ORGANIZATION",
      name,
      credential: {
        type: "API_KEY",
        headerName: "X-API-Key",
        values: { [org.environmentIds.Production!]: { value: "sk_bench_0123456789abcdef" } },
      },
    }),
  );
  const data = createApiTokenSchema.parse({
    orgId: org.orgId,
    name: "bench",
    permissions: ["resolve"],
    environmentIds: [],
    allEnvironments: true,
  });
  const { token } = await createApiToken(holder, data);
  process.stdout.write(JSON.stringify({ token, name }));
  await db.$disconnect();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
