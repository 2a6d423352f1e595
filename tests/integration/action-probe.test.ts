// The real server actions (app/**, "use server"), replayed through the pipeline: without a
// session, as a member of another organization (even its Account Holder) and as the wrong user
// of the same organization. None succeeds, and nothing changes. The session is next-auth's,
// with the request's session stubbed; the user behind it is checked against the database as
// in production (lib/auth/session.ts).
import { beforeAll, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (original) => ({
  ...(await original<typeof import("next-auth")>()),
  getServerSession: async () => (session.userId ? { user: { id: session.userId }, sessionVersion: 0 } : null),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", async (original) => ({
  ...(await original<typeof import("next/headers")>()),
  headers: async () => new Headers({ "user-agent": "vitest" }),
}));

import { db } from "../../lib/db/index.ts";
import { createApiToken } from "../../lib/api-tokens/index.ts";
import { createApiTokenSchema } from "../../lib/api-tokens/schema.ts";
import { inviteMember } from "../../lib/members/index.ts";
import { inviteMemberSchema } from "../../lib/members/schema.ts";
import { createCommand } from "../../lib/quick-commands/index.ts";
import * as spots from "../../app/(portal)/settings/spots/actions.ts";
import * as workspaces from "../../app/(portal)/settings/workspaces/actions.ts";
import * as environments from "../../app/(portal)/settings/environments/actions.ts";
import * as members from "../../app/(portal)/settings/members/actions.ts";
import * as tokens from "../../app/(portal)/settings/api-tokens/actions.ts";
import * as deletion from "../../app/(portal)/secrets/actions/delete.ts";
import * as change from "../../app/(portal)/secrets/actions/change.ts";
import * as commands from "../../app/(portal)/quick-commands/actions.ts";
import * as context from "../../app/(portal)/context-actions.ts";
import { command } from "../support/commands.ts";
import { apiKeyInput, env, orgFixture, register, type OrgFixture } from "../support/org.ts";

let acme: OrgFixture;
let other: OrgFixture;
let probes: [string, () => Promise<{ ok: boolean; code?: string }>][];

beforeAll(async () => {
  acme = await orgFixture("probe-a");
  other = await orgFixture("probe-b");
  const holder = acme.actors.holder;
  const secretId = (await register(holder, apiKeyInput(acme, "probe_key", "v"))).id;
  const commandId = (await createCommand(holder, acme.orgId, command({ name: "Probe" }))).id;
  const tokenId = (await createApiToken(holder, createApiTokenSchema.parse({ orgId: acme.orgId, name: "ci", permissions: ["read"], environmentIds: [] }))).id;
  const invitationId = (
    await inviteMember(holder, inviteMemberSchema.parse({ orgId: acme.orgId, email: "x@probe.test", role: "MEMBER" }), { baseUrl: "https://p.test" })
  ).id;
  const { orgId, workspaceId } = acme;
  const spotId = acme.spotIds.alpha;
  const environmentId = env(acme, "Production");
  const userId = acme.users.member1.id;
  probes = [
    ["create a Spot", () => spots.createSpotAction({ orgId, name: "Stolen" })],
    ["rename a Spot", () => spots.renameSpotAction({ spotId, name: "Stolen" })],
    ["delete a Spot", () => spots.deleteSpotAction({ spotId })],
    ["rename a workspace", () => workspaces.renameWorkspaceAction({ workspaceId, name: "Stolen" })],
    ["archive a workspace", () => workspaces.archiveWorkspaceAction({ workspaceId, archived: true })],
    ["delete an environment", () => environments.deleteEnvironmentAction({ environmentId })],
    ["change a role", () => members.changeRoleAction({ orgId, userId, role: "HOLDER" })],
    ["revoke an invitation", () => members.revokeInvitationAction({ invitationId })],
    ["revoke a token", () => tokens.revokeApiTokenAction({ tokenId })],
    ["delete a secret", () => deletion.deleteSecretAction({ secretId, mode: "now", confirmation: "DELETE" })],
    ["edit a secret", () => change.updateSecretAction({ secretId, expectedVersion: 1, description: "stolen" })],
    ["delete a command", () => commands.deleteCommandAction({ commandId })],
    ["switch to the organization", () => context.switchOrganization(orgId)],
  ];
});

async function expectAllRefused(code: string | RegExp) {
  for (const [what, probe] of probes) {
    const result = await probe();
    expect([what, result.ok]).toEqual([what, false]);
    expect([what, result.code]).toEqual([what, expect.stringMatching(code)]);
  }
}

async function expectUnchanged() {
  expect(await db.spot.count({ where: { orgId: acme.orgId, name: "Stolen" } })).toBe(0);
  expect((await db.workspace.findUniqueOrThrow({ where: { id: acme.workspaceId } })).archivedAt).toBeNull();
  expect(await db.environment.count({ where: { orgId: acme.orgId } })).toBe(3);
  expect((await db.membership.findFirstOrThrow({ where: { orgId: acme.orgId, userId: acme.users.member1.id } })).role).toBe("MEMBER");
  expect(await db.apiToken.count({ where: { orgId: acme.orgId, revokedAt: null } })).toBe(1);
  expect(await db.secret.count({ where: { orgId: acme.orgId, status: "ACTIVE", description: null } })).toBe(1);
  expect(await db.quickCommand.count({ where: { orgId: acme.orgId } })).toBe(1);
}

describe("every probed server action", () => {
  it("works for whoever may do it (the probe can tell)", async () => {
    session.userId = acme.users.holder.id;
    const renamed = await spots.renameSpotAction({ spotId: acme.spotIds.beta, name: "Renamed" });
    expect(renamed.ok).toBe(true);
  });
  it("is refused without a session", async () => {
    session.userId = null;
    await expectAllRefused(/^unauthenticated$/);
    await expectUnchanged();
  });
  it("is refused as not found to another organization's Account Holder", async () => {
    session.userId = other.users.holder.id;
    await expectAllRefused(/^not_found$/);
    await expectUnchanged();
  });
  it("is refused to a member of the organization without the right", async () => {
    session.userId = acme.users.member2.id;
    for (const [what, probe] of probes.filter(([what]) => what !== "switch to the organization")) {
      const result = await probe();
      expect([what, result.ok]).toEqual([what, false]);
      expect([what, result.code]).toEqual([what, expect.stringMatching(/^(forbidden|not_found)$/)]);
    }
    await expectUnchanged();
  });
});
