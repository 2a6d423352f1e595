// Creates audit records in the demo organization for the Audit log spec, with names unique to
// the run: an organization secret registered and used by the Account Holder, and one personal
// secret each for Alice and Bob. Prints their names as JSON. Run by e2e/audit-log.spec.ts
// through `tsx --conditions=react-server` (lib/ is server-only).
import { db } from "../../lib/db/index.ts";
import { requireUserActor } from "../../lib/authz/index.ts";
import { registerSecret, resolveSecret } from "../../lib/secrets/index.ts";
import { registerSecretSchema } from "../../lib/secrets/secret-form-schema.ts";
import { DEMO_ORGANIZATION, DEMO_USERS } from "../../lib/seed/demo-users.ts";

async function main() {
  const suffix = process.argv[2] ?? Date.now().toString(36);
  const org = await db.organization.findUniqueOrThrow({ where: { slug: DEMO_ORGANIZATION.slug } });
  const production = await db.environment.findFirstOrThrow({ where: { orgId: org.id, slug: "production" } });
  const actor = async (email: string) => {
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    return requireUserActor(user, org.id);
  };
  const [holder, alice, bob] = await Promise.all([
    actor(DEMO_USERS.holder.email),
    actor(DEMO_USERS.alice.email),
    actor(DEMO_USERS.bob.email),
  ]);
  const input = (name: string, scope: "ORGANIZATION" | "PERSONAL") =>
    registerSecretSchema.parse({
      orgId: org.id,
      scope,
      availability: scope === "ORGANIZATION" ? "ORGANIZATION" : undefined,
      name,
      credential: {
        type: "API_KEY",
        headerName: "X-Key",
        values: { [production.id]: { value: `never-shown-${suffix}` } },
      },
    });
  const names = {
    orgSecret: `audit_org_${suffix}`,
    alicePersonal: `audit_alice_${suffix}`,
    bobPersonal: `audit_bob_${suffix}`,
  };
  const orgSecret = await registerSecret(holder, input(names.orgSecret, "ORGANIZATION"));
  await resolveSecret(holder, orgSecret.id, production.id, { request: { userAgent: "e2e-audit" } });
  await registerSecret(alice, input(names.alicePersonal, "PERSONAL"));
  await registerSecret(bob, input(names.bobPersonal, "PERSONAL"));
  process.stdout.write(JSON.stringify({ ...names, value: `never-shown-${suffix}` }));
  await db.$disconnect();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
