// The workspace chosen in the top bar narrows the Secrets Manager list and the Quick Commands
// list (lib/secrets/list-query.ts workspaceFilter): organization and personal secrets stay,
// other workspaces' secrets and commands shared with other workspaces go; a URL filter wins;
// and the choice never shows anything the actor may not see.
import { beforeAll, describe, expect, it } from "vitest";
import { requireUserActor, type UserActor } from "../../lib/authz/index.ts";
import { ALL_WORKSPACES } from "../../lib/domain/constants.ts";
import { createCommand, listCommands } from "../../lib/quick-commands/index.ts";
import { listSecrets } from "../../lib/secrets/index.ts";
import { parseSecretListQuery } from "../../lib/secrets/list-query.ts";
import { createWorkspace, setWorkspaceMember } from "../../lib/groups/index.ts";
import { apiKey, command } from "../support/commands.ts";
import { orgFixture, type OrgFixture } from "../support/org.ts";

let org: OrgFixture;
let side: string;
let member1: UserActor;

beforeAll(async () => {
  org = await orgFixture("wsctx");
  side = (await createWorkspace(org.actors.holder, { orgId: org.orgId, name: "Side" })).id;
  await setWorkspaceMember(org.actors.holder, { workspaceId: side, userId: org.users.member1.id, role: "ADMIN" });
  member1 = await requireUserActor(org.users.member1, org.orgId);
  await apiKey(org, org.actors.holder, "org_key", "v");
  await apiKey(org, member1, "main_key", "v", { scope: "WORKSPACE", workspaceId: org.workspaceId });
  await apiKey(org, member1, "side_key", "v", { scope: "WORKSPACE", workspaceId: side });
  await apiKey(org, member1, "mine_key", "v", { scope: "PERSONAL" });
});

async function names(actor: UserActor, params: Record<string, string>, currentWorkspaceId: string | null) {
  const page = await listSecrets(actor, parseSecretListQuery({ pageSize: "100", ...params }), undefined, {
    currentWorkspaceId,
  });
  return page.rows.map((r) => r.name);
}

describe("the Secrets Manager list with a current workspace", () => {
  it("lists everything visible without one", async () => {
    expect(await names(member1, {}, null)).toEqual(["main_key", "mine_key", "org_key", "side_key"]);
  });
  it("keeps organization and personal secrets and only that workspace's", async () => {
    expect(await names(member1, {}, side)).toEqual(["mine_key", "org_key", "side_key"]);
    expect(await names(member1, {}, org.workspaceId)).toEqual(["main_key", "mine_key", "org_key"]);
  });
  it("shows only that workspace on the Workspace tab and leaves the other tabs alone", async () => {
    expect(await names(member1, { scope: "WORKSPACE" }, side)).toEqual(["side_key"]);
    expect(await names(member1, { scope: "ORGANIZATION" }, side)).toEqual(["org_key"]);
    expect(await names(member1, { scope: "PERSONAL" }, side)).toEqual(["mine_key"]);
  });
  it("lets the URL win: another workspace, or all of them", async () => {
    expect(await names(member1, { scope: "WORKSPACE", workspaceId: org.workspaceId }, side)).toEqual(["main_key"]);
    expect(await names(member1, { workspaceId: ALL_WORKSPACES }, side)).toEqual([
      "main_key",
      "mine_key",
      "org_key",
      "side_key",
    ]);
    expect(await names(member1, { scope: "WORKSPACE", workspaceId: ALL_WORKSPACES }, side)).toEqual([
      "main_key",
      "side_key",
    ]);
  });
  it("never shows what the actor may not see", async () => {
    // member2 is not a member of Side: choosing it (which selectWorkspace refuses) shows nothing more.
    expect(await names(org.actors.member2, { scope: "WORKSPACE" }, side)).toEqual([]);
    expect(await names(org.actors.member2, {}, side)).toEqual(["org_key"]);
  });
});

describe("the Quick Commands list with a current workspace", () => {
  beforeAll(async () => {
    await createCommand(member1, org.orgId, command({ name: "private" }));
    await createCommand(member1, org.orgId, command({ name: "published", visibility: "PUBLISHED" }));
    await createCommand(
      member1,
      org.orgId,
      command({ name: "shared main", visibility: "SHARED", workspaceId: org.workspaceId }),
    );
    await createCommand(member1, org.orgId, command({ name: "shared side", visibility: "SHARED", workspaceId: side }));
  });
  const commandNames = async (currentWorkspaceId: string | null) =>
    (await listCommands(member1, { currentWorkspaceId })).map((c) => c.name);

  it("hides commands shared with other workspaces", async () => {
    expect(await commandNames(null)).toEqual(["private", "published", "shared main", "shared side"]);
    expect(await commandNames(side)).toEqual(["private", "published", "shared side"]);
    expect(await commandNames(org.workspaceId)).toEqual(["private", "published", "shared main"]);
  });
});
