// Child process of tests (previous-release.ts): resolves each (secret, environment) given as
// JSON in argv[2] on the database DATABASE_URL names, as an Account Holder of `orgId`; prints
// one JSON line: per use, the X-API-Key header it answered or the error's code.
// `tsx --conditions=react-server tests/support/resolve-values.ts '<json>'`
import type { UserActor } from "../../lib/authz/index.ts";
import { db } from "../../lib/db/index.ts";
import { resolveSecret } from "../../lib/secrets/index.ts";

type Use = { orgId: string; userId: string; secretId: string; environmentId: string };

async function main() {
  const uses = JSON.parse(process.argv[2]!) as Use[];
  const out: { value?: string; error?: string }[] = [];
  for (const u of uses) {
    const actor: UserActor = {
      kind: "user",
      userId: u.userId,
      label: "upgrade test",
      orgId: u.orgId,
      role: "HOLDER",
      workspaceRoles: new Map(),
      spotIds: new Set(),
    };
    try {
      out.push({ value: (await resolveSecret(actor, u.secretId, u.environmentId)).headers["X-API-Key"] });
    } catch (e) {
      out.push({ error: (e as { code?: string }).code ?? String(e) });
    }
  }
  process.stdout.write(JSON.stringify(out) + "\n");
  await db.$disconnect();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
