// Creates what the Quick Commands spec needs in the demo organization, with names unique to the
// run: a personal API Key of Alice, and a command "shared before the rules" — a Shared command
// of Alice's in Payments that holds her personal secret, as legacy data or an import could
// (the portal refuses to create one) — for Bob to fork; and a Shared command whose workspace
// secret was deleted since. Prints names and ids as JSON.
// Usage: tsx --conditions=react-server seed-quick-commands.ts <suffix> <echo origin>
import { db } from "../../lib/db/index.ts";
import { requireUserActor } from "../../lib/authz/index.ts";
import { deleteSecretNow, registerSecret } from "../../lib/secrets/index.ts";
import { registerSecretSchema } from "../../lib/secrets/secret-form-schema.ts";
import { DEMO_ORGANIZATION, DEMO_USERS, DEMO_WORKSPACE } from "../../lib/seed/demo-users.ts";

async function main() {
  const [suffix = Date.now().toString(36), echo = "http://127.0.0.1:9"] = process.argv.slice(2);
  const org = await db.organization.findUniqueOrThrow({ where: { slug: DEMO_ORGANIZATION.slug } });
  const environments = await db.environment.findMany({ where: { orgId: org.id } });
  const workspace = await db.workspace.findFirstOrThrow({ where: { orgId: org.id, name: DEMO_WORKSPACE } });
  const user = await db.user.findUniqueOrThrow({ where: { email: DEMO_USERS.alice.email } });
  const alice = await requireUserActor(user, org.id);
  const value = `alice-personal-${suffix}-value`;
  const personalName = `qc_personal_${suffix}`;
  const personal = await registerSecret(
    alice,
    registerSecretSchema.parse({
      orgId: org.id,
      scope: "PERSONAL",
      name: personalName,
      credential: {
        type: "API_KEY",
        headerName: "X-API-Key",
        values: Object.fromEntries(environments.map((e) => [e.id, { value }])),
      },
    }),
  );
  const legacy = await db.quickCommand.create({
    data: {
      orgId: org.id,
      ownerId: user.id,
      workspaceId: workspace.id,
      visibility: "SHARED",
      name: `Legacy shared ${suffix}`,
      method: "GET",
      endpoint: `${echo}/legacy`,
      headers: JSON.stringify([
        { kind: "secret", key: "X-API-Key", secretId: personal.id, secretName: personalName },
        { kind: "text", key: "Accept", value: "application/json" },
      ]),
    },
  });
  const goneName = `qc_ws_gone_${suffix}`;
  const gone = await registerSecret(
    alice,
    registerSecretSchema.parse({
      orgId: org.id,
      scope: "WORKSPACE",
      workspaceId: workspace.id,
      name: goneName,
      credential: {
        type: "BEARER_TOKEN",
        headerName: "Authorization",
        values: { [environments[0]!.id]: { token: `gone-${suffix}` } },
      },
    }),
  );
  const usesGone = await db.quickCommand.create({
    data: {
      orgId: org.id,
      ownerId: user.id,
      workspaceId: workspace.id,
      visibility: "SHARED",
      name: `Uses deleted ${suffix}`,
      method: "GET",
      endpoint: `${echo}/gone`,
      headers: JSON.stringify([{ kind: "secret", key: "Authorization", secretId: gone.id, secretName: goneName }]),
    },
  });
  await deleteSecretNow(alice, gone.id);
  process.stdout.write(
    JSON.stringify({
      personalName,
      value,
      legacyCommandId: legacy.id,
      legacyName: legacy.name,
      goneName,
      usesGoneName: usesGone.name,
    }),
  );
  await db.$disconnect();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
