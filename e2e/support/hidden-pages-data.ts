// What e2e/hidden-pages.spec.ts opens, written through the data layer (the services the portal
// calls). In the demo organization: Alice's personal secret and private Quick Command, and her
// Payments secret and shared command (Bob, a Member of Payments, sees them but cannot change
// them). In a new organization: a workspace "Side" of member1 alone, with a secret and a shared
// command in it, hidden from member2 (a Member of the organization, not of Side).
// Usage: tsx --conditions=react-server hidden-pages-data.ts <suffix>; prints names and ids as JSON.
import { db } from "../../lib/db/index.ts";
import { requireUserActor, type UserActor } from "../../lib/authz/index.ts";
import { createCommand } from "../../lib/quick-commands/index.ts";
import { commandFormSchema } from "../../lib/quick-commands/schema.ts";
import { registerSecret } from "../../lib/secrets/index.ts";
import { registerSecretSchema } from "../../lib/secrets/secret-form-schema.ts";
import { DEMO_ORGANIZATION, DEMO_USERS, DEMO_WORKSPACE } from "../../lib/seed/demo-users.ts";
import { ensureWorkspace } from "../../lib/seed/ensure.ts";
import { createTestOrganization } from "../../lib/seed/test-organization.ts";

type Place = { scope: "PERSONAL" | "WORKSPACE"; workspaceId?: string };

async function secret(actor: UserActor, environmentId: string, name: string, place: Place) {
  const input = {
    orgId: actor.orgId,
    ...place,
    name,
    credential: { type: "API_KEY", headerName: "X-API-Key", values: { [environmentId]: { value: `${name}-value` } } },
  };
  return (await registerSecret(actor, registerSecretSchema.parse(input))).id;
}

async function command(actor: UserActor, name: string, workspaceId?: string) {
  const data = {
    name,
    method: "GET",
    endpoint: "https://api.example.test/items",
    headers: [],
    visibility: workspaceId ? "SHARED" : "PRIVATE",
    workspaceId,
  };
  return (await createCommand(actor, actor.orgId, commandFormSchema.parse(data))).id;
}

async function main() {
  const suffix = process.argv[2] ?? Date.now().toString(36);
  const org = await db.organization.findUniqueOrThrow({ where: { slug: DEMO_ORGANIZATION.slug } });
  const production = await db.environment.findFirstOrThrow({ where: { orgId: org.id, name: "Production" } });
  const payments = await db.workspace.findFirstOrThrow({ where: { orgId: org.id, name: DEMO_WORKSPACE } });
  const alice = await requireUserActor(
    await db.user.findUniqueOrThrow({ where: { email: DEMO_USERS.alice.email } }),
    org.id,
  );
  const demo = {
    personalSecret: { name: `hidden_personal_${suffix}`, id: "" },
    workspaceSecret: { name: `hidden_payments_${suffix}`, id: "" },
    privateCommand: { name: `Hidden private ${suffix}`, id: "" },
    sharedCommand: { name: `Hidden shared ${suffix}`, id: "" },
  };
  demo.personalSecret.id = await secret(alice, production.id, demo.personalSecret.name, { scope: "PERSONAL" });
  demo.workspaceSecret.id = await secret(alice, production.id, demo.workspaceSecret.name, {
    scope: "WORKSPACE",
    workspaceId: payments.id,
  });
  demo.privateCommand.id = await command(alice, demo.privateCommand.name);
  demo.sharedCommand.id = await command(alice, demo.sharedCommand.name, payments.id);

  const other = await createTestOrganization(db, { prefix: "hidden" });
  const side = await ensureWorkspace(db, other.orgId, "Side", [[other.users.member1, "ADMIN"]]);
  const member1 = await requireUserActor(other.users.member1, other.orgId);
  const isolated = {
    password: other.password,
    member1: other.users.member1.email,
    member2: other.users.member2.email,
    sideSecret: { name: `side_secret_${suffix}`, id: "" },
    sideCommand: { name: `Side command ${suffix}`, id: "" },
  };
  isolated.sideSecret.id = await secret(member1, other.environmentIds.Production!, isolated.sideSecret.name, {
    scope: "WORKSPACE",
    workspaceId: side.id,
  });
  isolated.sideCommand.id = await command(member1, isolated.sideCommand.name, side.id);
  process.stdout.write(JSON.stringify({ demo, isolated }));
}

main()
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
