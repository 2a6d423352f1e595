// The demo organization "Acme" (issue 2 §5). Used by `npm run demo`, `npm run db:seed` and
// the end-to-end tests; QA engineers rely on these names. Idempotent: running it again
// creates whatever is missing and changes nothing else. Demo and test use only — these
// users have a published password.
import "server-only";
import type { Db } from "../db/index.ts";
import {
  ensureDefaultEnvironments,
  ensureMember,
  ensureOrganization,
  ensureSpot,
  ensureWorkspace,
  type SeedUser,
  type SeededUser,
} from "./ensure.ts";
import { DEMO_ORGANIZATION, DEMO_PASSWORD, DEMO_USERS, DEMO_WORKSPACE, type DemoUserKey } from "./demo-users.ts";

export { DEMO_ORGANIZATION, DEMO_PASSWORD, DEMO_USERS, DEMO_WORKSPACE, type DemoUserKey };

/** The six Spots of the seeds and who is in each. */
const DEMO_SPOTS: [string, DemoUserKey[]][] = [
  ["CodeCrafters", ["alice"]],
  ["Bytebards", ["alice"]],
  ["GlitchGuardians", ["bob"]],
  ["QuantumQuorums", ["holder"]],
  ["NeuralNinjas", ["manager"]],
  ["EchoEngineers", ["alice", "bob"]],
];

export type DemoOrganization = {
  orgId: string;
  users: Record<DemoUserKey, SeededUser>;
  workspaceId: string;
  spotIds: Record<string, string>;
  environmentIds: Record<string, string>;
};

export async function seedDemoOrganization(db: Db): Promise<DemoOrganization> {
  const org = await ensureOrganization(db, DEMO_ORGANIZATION.name, DEMO_ORGANIZATION.slug);
  const users = {} as Record<DemoUserKey, SeededUser>;
  for (const [key, user] of Object.entries(DEMO_USERS) as [DemoUserKey, SeedUser][]) {
    users[key] = await ensureMember(db, org.id, user, { password: DEMO_PASSWORD });
  }
  const workspace = await ensureWorkspace(db, org.id, DEMO_WORKSPACE, [
    [users.alice, "ADMIN"],
    [users.bob, "MEMBER"],
  ]);
  const spotIds: Record<string, string> = {};
  for (const [name, members] of DEMO_SPOTS) {
    spotIds[name] = (
      await ensureSpot(
        db,
        org.id,
        name,
        members.map((key) => users[key]),
      )
    ).id;
  }
  const environmentIds = await ensureDefaultEnvironments(db, org.id);
  return { orgId: org.id, users, workspaceId: workspace.id, spotIds, environmentIds };
}
