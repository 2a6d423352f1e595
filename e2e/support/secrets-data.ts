// Test data for the Secrets Manager specs, written through the data layer (the same services
// the portal calls) in the end-to-end database of the demo organization. Run by
// e2e/support/secrets.ts through `tsx --conditions=react-server` with one JSON command as
// argument; prints a JSON result. Commands: environments, register (many), declareUsage,
// update (moves a secret to a new version), schedule (schedules its deletion), certificates,
// storeUsageUrl (writes a consumer URL straight to the database, as rows from before URLs were
// checked may hold).
import { db } from "../../lib/db/index.ts";
import { requireUserActor } from "../../lib/authz/index.ts";
import { getSecret, registerSecret, scheduleDeletion, updateSecret } from "../../lib/secrets/index.ts";
import { registerSecretSchema, updateSecretSchema } from "../../lib/secrets/secret-form-schema.ts";
import { declareUsage } from "../../lib/usage/index.ts";
import { declareUsageSchema } from "../../lib/usage/schema.ts";
import { makeCertificateFixtures } from "../../lib/secrets/testdata/certificate-fixtures.ts";

/** A registration input, with the places where it is used and whether its deletion is scheduled. */
type RegisterCommandInput = Record<string, unknown> & {
  usages?: { consumerName: string; location: string; consumerUrl?: string }[];
  scheduled?: boolean;
};

type Command =
  | { op: "environments" }
  | { op: "register"; email: string; inputs: Record<string, unknown>[] }
  | { op: "declareUsage"; email: string; secretId: string; usage: Record<string, unknown> }
  | { op: "update"; email: string; secretId: string; description: string }
  | { op: "schedule"; email: string; secretId: string }
  | { op: "certificates" }
  | { op: "storeUsageUrl"; secretId: string; consumerName: string; consumerUrl: string };

async function main() {
  const command = JSON.parse(process.argv[2] ?? "{}") as Command;
  // Certificates made with openssl now (Playwright's loader cannot import that module).
  if (command.op === "certificates") return makeCertificateFixtures();
  const org = await db.organization.findUniqueOrThrow({ where: { slug: "acme" } });
  const actorFor = async (email: string) =>
    requireUserActor(await db.user.findUniqueOrThrow({ where: { email } }), org.id);
  switch (command.op) {
    case "environments": {
      const envs = await db.environment.findMany({ where: { orgId: org.id }, orderBy: { position: "asc" } });
      return Object.fromEntries(envs.map((e) => [e.name, e.id]));
    }
    case "register": {
      const actor = await actorFor(command.email);
      // A workspace secret without a workspace id goes to the demo workspace "Payments".
      const payments = await db.workspace.findFirstOrThrow({ where: { orgId: org.id, name: "Payments" } });
      // Values may be keyed by environment name ("Production") instead of id.
      const envIds = new Map((await db.environment.findMany({ where: { orgId: org.id } })).map((e) => [e.name, e.id]));
      const ids: string[] = [];
      for (const { usages, scheduled, ...input } of command.inputs as RegisterCommandInput[]) {
        const credential = input.credential as { values: Record<string, unknown> };
        credential.values = Object.fromEntries(
          Object.entries(credential.values).map(([k, v]) => [envIds.get(k) ?? k, v]),
        );
        const workspaceId = input.scope === "WORKSPACE" ? (input.workspaceId ?? payments.id) : undefined;
        const { id } = await registerSecret(
          actor,
          registerSecretSchema.parse({ ...input, workspaceId, orgId: org.id }),
        );
        for (const usage of usages ?? [])
          await declareUsage(actor, id, declareUsageSchema.parse({ consumerKind: "AGENT", ...usage }));
        if (scheduled) await scheduleDeletion(actor, id);
        ids.push(id);
      }
      return ids;
    }
    case "declareUsage":
      return declareUsage(await actorFor(command.email), command.secretId, declareUsageSchema.parse(command.usage));
    case "update": {
      const actor = await actorFor(command.email);
      const { version } = await getSecret(actor, command.secretId);
      return updateSecret(
        actor,
        updateSecretSchema.parse({
          secretId: command.secretId,
          expectedVersion: version,
          description: command.description,
        }),
      );
    }
    case "schedule":
      return scheduleDeletion(await actorFor(command.email), command.secretId);
    case "storeUsageUrl": {
      const { secretId, consumerName, consumerUrl } = command;
      return (await db.usage.updateMany({ where: { secretId, consumerName }, data: { consumerUrl } })).count;
    }
  }
}

main()
  .then((result) => process.stdout.write(JSON.stringify(result ?? null)))
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
