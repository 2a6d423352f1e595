// The resource tier (lib/authz/resources.ts): for every kind of resource, the organization comes
// from the resource itself, on the server. A member gets their actor in the resource's
// organization; a member of another organization — even its Account Holder — and an unknown id
// get the same "not found".
import { beforeAll, describe, expect, it } from "vitest";
import { actorForResource, RESOURCES, type ResourceKind } from "../../lib/authz/index.ts";
import { createApiToken } from "../../lib/api-tokens/index.ts";
import { createApiTokenSchema } from "../../lib/api-tokens/schema.ts";
import { NotFoundError } from "../../lib/errors/index.ts";
import { inviteMember } from "../../lib/members/index.ts";
import { inviteMemberSchema } from "../../lib/members/schema.ts";
import { createCommand } from "../../lib/quick-commands/index.ts";
import { command } from "../support/commands.ts";
import { apiKeyInput, env, orgFixture, register, type OrgFixture } from "../support/org.ts";

let acme: OrgFixture;
let other: OrgFixture;
const ids = {} as Record<ResourceKind, string>;

beforeAll(async () => {
  acme = await orgFixture("tier-a");
  other = await orgFixture("tier-b");
  const holder = acme.actors.holder;
  const token = createApiTokenSchema.parse({
    orgId: acme.orgId,
    name: "ci",
    permissions: ["read"],
    environmentIds: [],
    allEnvironments: true,
  });
  const invitation = inviteMemberSchema.parse({ orgId: acme.orgId, email: "new@tier.test", role: "MEMBER" });
  Object.assign(ids, {
    organization: acme.orgId,
    secret: (await register(holder, apiKeyInput(acme, "tier_key", "v"))).id,
    command: (await createCommand(holder, acme.orgId, command({ name: "Tier" }))).id,
    workspace: acme.workspaceId,
    spot: acme.spotIds.alpha,
    environment: env(acme, "Production"),
    token: (await createApiToken(holder, token)).id,
    invitation: (await inviteMember(holder, invitation, { baseUrl: "https://portal.example.test" })).id,
  });
});

describe.each(Object.keys(RESOURCES) as ResourceKind[])("a %s", (kind) => {
  it("has a fixture here (a new kind needs one)", () => {
    expect(ids[kind]).toBeTruthy();
  });
  it("gives a member of its organization their actor there", async () => {
    const actor = await actorForResource(acme.users.member2, kind, ids[kind]);
    expect([actor.orgId, actor.userId, actor.role]).toEqual([acme.orgId, acme.users.member2.id, "MEMBER"]);
  });
  it("does not exist for a member of another organization, even its Account Holder", async () => {
    const refused = actorForResource(other.users.holder, kind, ids[kind]);
    await expect(refused).rejects.toBeInstanceOf(NotFoundError);
    await expect(refused).rejects.toThrow(`${RESOURCES[kind].noun} not found.`);
  });
  it("answers an unknown id the same way", async () => {
    await expect(actorForResource(acme.users.holder, kind, "no-such-id")).rejects.toThrow(
      `${RESOURCES[kind].noun} not found.`,
    );
  });
});
