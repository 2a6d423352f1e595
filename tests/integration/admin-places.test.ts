// Workspaces, Spots and environments (issue 8 §2–4): administration by Account Holders only,
// workspace secrets following membership at once, Spot-restricted secrets usable only by
// the Spot's members, and deletions refused while something still depends on them.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/index.ts";
import { requireUserActor, visibleSecretsWhere } from "../../lib/authz/index.ts";
import { ConflictError, ForbiddenError, NotFoundError } from "../../lib/errors/index.ts";
import { resolveSecret, updateSecret } from "../../lib/secrets/index.ts";
import { createWorkspace, listGroups, listWorkspacesForAdmin, renameWorkspace } from "../../lib/groups/index.ts";
import { removeWorkspaceMember, setWorkspaceArchived, setWorkspaceMember } from "../../lib/groups/index.ts";
import {
  addSpotMember,
  createSpot,
  deleteSpot,
  listSpotsForAdmin,
  removeSpotMember,
  renameSpot,
} from "../../lib/groups/index.ts";
import {
  createEnvironment,
  deleteEnvironment,
  listEnvironments,
  moveEnvironment,
  renameEnvironment,
} from "../../lib/environments/index.ts";
import { createEnvironmentSchema } from "../../lib/environments/schema.ts";
import { apiKeyInput, orgFixture, register, type OrgFixture } from "../support/org.ts";

let org: OrgFixture;
beforeAll(async () => {
  org = await orgFixture("places");
});
const actor = (key: keyof OrgFixture["users"]) => requireUserActor(org.users[key], org.orgId);
const visibleNames = async (key: keyof OrgFixture["users"]) =>
  (await db.secret.findMany({ where: visibleSecretsWhere(await actor(key)), select: { name: true } })).map(
    (s) => s.name,
  );

describe("workspaces", () => {
  it("are created, renamed and archived by Account Holders only, with unique names", async () => {
    const ws = await createWorkspace(org.actors.holder, { orgId: org.orgId, name: "Billing" });
    await expect(createWorkspace(org.actors.holder, { orgId: org.orgId, name: "Billing" })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await expect(createWorkspace(org.actors.manager, { orgId: org.orgId, name: "Other" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await renameWorkspace(org.actors.holder, { workspaceId: ws.id, name: "Billing EU" });
    await expect(renameWorkspace(org.actors.member1, { workspaceId: ws.id, name: "x" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const other = await orgFixture("places-other");
    await expect(renameWorkspace(other.actors.holder, { workspaceId: ws.id, name: "stolen" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect((await listWorkspacesForAdmin(org.actors.holder)).map((w) => w.name)).toContain("Billing EU");
  });

  it("give their secrets to their members at once, and take them away on removal or archive", async () => {
    const ws = await createWorkspace(org.actors.holder, { orgId: org.orgId, name: "Logistics" });
    const secret = await register(
      org.actors.holder,
      apiKeyInput(org, "ws_secret", "v", { scope: "WORKSPACE", workspaceId: ws.id, availability: undefined }),
    );
    expect(await visibleNames("member2")).not.toContain("ws_secret");
    await setWorkspaceMember(org.actors.holder, { workspaceId: ws.id, userId: org.users.member2.id, role: "MEMBER" });
    expect(await visibleNames("member2")).toContain("ws_secret");
    const resolved = await resolveSecret(await actor("member2"), secret.id, org.environmentIds.Production!);
    expect(resolved.fields.value).toBe("v");
    // Member → Admin: may now edit.
    await expect(
      updateSecret(await actor("member2"), { secretId: secret.id, expectedVersion: 1, description: "x" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await setWorkspaceMember(org.actors.holder, { workspaceId: ws.id, userId: org.users.member2.id, role: "ADMIN" });
    await updateSecret(await actor("member2"), { secretId: secret.id, expectedVersion: 1, description: "x" });
    await setWorkspaceArchived(org.actors.holder, { workspaceId: ws.id, archived: true });
    expect(await visibleNames("member2")).not.toContain("ws_secret");
    await setWorkspaceArchived(org.actors.holder, { workspaceId: ws.id, archived: false });
    expect(await visibleNames("member2")).toContain("ws_secret");
    await removeWorkspaceMember(org.actors.holder, { workspaceId: ws.id, userId: org.users.member2.id });
    expect(await visibleNames("member2")).not.toContain("ws_secret");
    await expect(
      resolveSecret(await actor("member2"), secret.id, org.environmentIds.Production!),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("a workspace's members", () => {
  it("are managed by its Admins too, who manage nothing else; Members and others' Admins are refused", async () => {
    const o = await orgFixture("places-ws-admin");
    const main = o.workspaceId;
    const admin = o.actors.member1;
    await setWorkspaceMember(admin, { workspaceId: main, userId: o.users.manager.id, role: "MEMBER" });
    await setWorkspaceMember(admin, { workspaceId: main, userId: o.users.manager.id, role: "ADMIN" });
    const fresh = await requireUserActor(o.users.member1, o.orgId);
    const [listed] = (await listGroups(fresh, "workspace")).groups;
    expect(listed?.members.map((m) => [m.email, m.role])).toContainEqual([o.users.manager.email, "ADMIN"]);
    await removeWorkspaceMember(admin, { workspaceId: main, userId: o.users.manager.id });
    const changes = await db.auditEvent.findMany({
      where: { orgId: o.orgId, targetId: main, outcome: "SUCCESS" },
      select: { action: true },
      orderBy: { seq: "asc" },
    });
    const set = "workspace.member_set";
    expect(changes.map((c) => c.action)).toEqual([set, set, "workspace.member_remove"]);

    // The Admin renames, archives or creates nothing; a plain Member changes no member.
    await expect(renameWorkspace(admin, { workspaceId: main, name: "Mine" })).rejects.toBeInstanceOf(ForbiddenError);
    const archived = setWorkspaceArchived(admin, { workspaceId: main, archived: true });
    await expect(archived).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createWorkspace(admin, { orgId: o.orgId, name: "New" })).rejects.toBeInstanceOf(ForbiddenError);
    const member = o.actors.member2;
    const promote = { workspaceId: main, userId: o.users.manager.id, role: "ADMIN" as const };
    const refused = await setWorkspaceMember(member, promote).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ForbiddenError);
    expect((refused as Error).message).toBe("Only Account Holders and the workspace's Admins manage its members.");
    const removal = removeWorkspaceMember(member, { workspaceId: main, userId: o.users.member1.id });
    await expect(removal).rejects.toBeInstanceOf(ForbiddenError);
    // Admin of another workspace only.
    const other = await createWorkspace(o.actors.holder, { orgId: o.orgId, name: "Other" });
    const elsewhere = setWorkspaceMember(admin, { workspaceId: other.id, userId: admin.userId, role: "ADMIN" });
    await expect(elsewhere).rejects.toBeInstanceOf(ForbiddenError);
    const denials = { orgId: o.orgId, outcome: "DENIED", action: { startsWith: "workspace." } };
    const denied = await db.auditEvent.count({ where: denials });
    expect(denied).toBe(6);
    expect(await db.workspaceMember.count({ where: { workspaceId: main } })).toBe(2);
    expect(await db.workspaceMember.count({ where: { workspaceId: other.id } })).toBe(0);
  });

  it("are listed to the workspace's Members read-only, and to nobody outside it", async () => {
    const o = await orgFixture("places-ws-list");
    const hidden = await createWorkspace(o.actors.holder, { orgId: o.orgId, name: "Hidden" });
    const mine = await listGroups(o.actors.member2, "workspace");
    expect(mine.canManage).toBe(false);
    expect(mine.groups.map((g) => [g.name, g.canManageMembers])).toEqual([["Main", false]]);
    expect(mine.groups[0]?.members.map((m) => m.role)).toEqual(["ADMIN", "MEMBER"]);
    const admins = await listGroups(o.actors.member1, "workspace");
    expect(admins.groups.map((g) => [g.name, g.canManageMembers])).toEqual([["Main", true]]);
    const holders = await listGroups(o.actors.holder, "workspace");
    expect(holders.canManage).toBe(true);
    expect(holders.groups.map((g) => g.id)).toContain(hidden.id);
    await expect(listGroups(o.actors.manager, "workspace")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listGroups(o.actors.member1, "spot")).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("Spots", () => {
  it("restrict organization secrets to their members, enforced by the authorization layer", async () => {
    const spot = await createSpot(org.actors.holder, { orgId: org.orgId, name: "CodeCrafters" });
    await addSpotMember(org.actors.holder, { spotId: spot.id, userId: org.users.member1.id });
    const s = await register(
      org.actors.holder,
      apiKeyInput(org, "spot_only", "sv", { availability: "SPOTS", spotIds: [spot.id] }),
    );
    const env = org.environmentIds.Production!;
    expect((await resolveSecret(await actor("member1"), s.id, env)).fields.value).toBe("sv");
    await expect(resolveSecret(await actor("member2"), s.id, env)).rejects.toBeInstanceOf(NotFoundError);
    // Holders manage it but, outside the Spot, cannot use it.
    await expect(resolveSecret(await actor("holder"), s.id, env)).rejects.toBeInstanceOf(ForbiddenError);
    await removeSpotMember(org.actors.holder, { spotId: spot.id, userId: org.users.member1.id });
    await expect(resolveSecret(await actor("member1"), s.id, env)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("cannot be deleted while secrets are restricted to them; the refusal lists them", async () => {
    const spot = await createSpot(org.actors.holder, { orgId: org.orgId, name: "Bytebards" });
    await renameSpot(org.actors.holder, { spotId: spot.id, name: "ByteBards" });
    const s = await register(
      org.actors.holder,
      apiKeyInput(org, "bards_key", "b", { availability: "SPOTS", spotIds: [spot.id] }),
    );
    const refusal = await deleteSpot(org.actors.holder, { spotId: spot.id }).catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: "spot_in_use", status: 409, fieldErrors: { inUse: ["bards_key"] } });
    expect((await listSpotsForAdmin(org.actors.holder)).find((x) => x.id === spot.id)?.secretCount).toBe(1);
    await updateSecret(org.actors.holder, { secretId: s.id, expectedVersion: 1, availability: "ORGANIZATION" });
    await expect(deleteSpot(org.actors.manager, { spotId: spot.id })).rejects.toBeInstanceOf(ForbiddenError);
    await deleteSpot(org.actors.holder, { spotId: spot.id });
    expect(await db.spot.count({ where: { id: spot.id } })).toBe(0);
  });
});

describe("environments", () => {
  it("are added, renamed and reordered by Account Holders", async () => {
    const o = await orgFixture("places-env");
    const test = await createEnvironment(
      o.actors.holder,
      createEnvironmentSchema.parse({ orgId: o.orgId, name: "Test" }),
    );
    const live = await createEnvironment(
      o.actors.holder,
      createEnvironmentSchema.parse({ orgId: o.orgId, name: "Live", slug: "live" }),
    );
    expect(test.slug).toBe("test");
    await expect(
      createEnvironment(
        o.actors.holder,
        createEnvironmentSchema.parse({ orgId: o.orgId, name: "Other", slug: "live" }),
      ),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      createEnvironment(o.actors.manager, createEnvironmentSchema.parse({ orgId: o.orgId, name: "Nope" })),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await renameEnvironment(o.actors.holder, { environmentId: live.id, name: "Live!", slug: "live" });
    await moveEnvironment(o.actors.holder, { environmentId: live.id, direction: "up" });
    expect((await listEnvironments(o.orgId)).map((e) => e.name)).toEqual([
      "Development",
      "Staging",
      "Production",
      "Live!",
      "Test",
    ]);
  });

  it("cannot be deleted while values exist in them (with counts), nor the last one", async () => {
    const o = await orgFixture("places-envdel");
    await register(o.actors.holder, apiKeyInput(o, "a1", "v", {}, "staging-v"));
    await register(o.actors.holder, apiKeyInput(o, "a2", "v", {}, "staging-w"));
    const refusal = await deleteEnvironment(o.actors.holder, { environmentId: o.environmentIds.Staging! }).catch(
      (e: unknown) => e,
    );
    expect(refusal).toMatchObject({ code: "environment_in_use", secrets: 2, versions: 2 });
    expect((refusal as Error).message).toContain("2 secrets have values in it");
    await deleteEnvironment(o.actors.holder, { environmentId: o.environmentIds.Development! });
    expect((await listEnvironments(o.orgId)).map((e) => e.name)).toEqual(["Staging", "Production"]);
    const solo = await orgFixture("places-envlast");
    for (const name of ["Development", "Staging"] as const)
      await deleteEnvironment(solo.actors.holder, { environmentId: solo.environmentIds[name]! });
    await expect(
      deleteEnvironment(solo.actors.holder, { environmentId: solo.environmentIds.Production! }),
    ).rejects.toThrow("at least one environment");
  });
});
