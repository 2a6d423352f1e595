// A member cannot reach another user's personal secret or another organization's data:
// every path answers "not found", not "forbidden", so existence is not revealed.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/index.ts";
import {
  allowedSecretActions,
  toFacts,
  visibleSecretsWhere,
  SECRET_FACTS_SELECT,
  actorForResource,
  mayManageGroupMembers,
  maySeeGroup,
  secretRelations,
  seesAllWorkspaces,
  type Actor,
} from "../../lib/authz/index.ts";
import { listWorkspaces } from "../../lib/auth/current-context.ts";
import { RecipientResolver } from "../../lib/notifications/recipients.ts";
import { groupRoleOf } from "../../lib/authz/group-visibility.ts";
import { createWorkspace, listGroups } from "../../lib/groups/index.ts";
import { NotFoundError, ForbiddenError } from "../../lib/errors/index.ts";
import {
  deleteSecretNow,
  getSecret,
  listSecrets,
  resolveSecret,
  updateSecret,
  listValueVersions,
} from "../../lib/secrets/index.ts";
import { parseSecretListQuery } from "../../lib/secrets/list-query.ts";
import { apiKeyInput, env, orgFixture, register, type OrgFixture } from "../support/org.ts";

let acme: OrgFixture;
let other: OrgFixture;
const ids: Record<string, string> = {};

beforeAll(async () => {
  acme = await orgFixture("iso-a");
  other = await orgFixture("iso-b");
  const a = acme.actors;
  ids.personal = (
    await register(
      a.member1,
      apiKeyInput(acme, "m1_personal", "personal-value", { scope: "PERSONAL", availability: undefined }),
    )
  ).id;
  ids.orgWide = (await register(a.holder, apiKeyInput(acme, "org_wide", "org-value"))).id;
  ids.alphaOnly = (
    await register(
      a.manager,
      apiKeyInput(acme, "alpha_only", "alpha-value", { availability: "SPOTS", spotIds: [acme.spotIds.alpha] }),
    )
  ).id;
  ids.workspace = (
    await register(
      a.member1,
      apiKeyInput(acme, "ws_secret", "ws-value", {
        scope: "WORKSPACE",
        workspaceId: acme.workspaceId,
        availability: undefined,
      }),
    )
  ).id;
  ids.otherOrg = (await register(other.actors.holder, apiKeyInput(other, "other_org", "other-value"))).id;
});

async function expectNotFound(p: Promise<unknown>) {
  await expect(p).rejects.toBeInstanceOf(NotFoundError);
}

describe("personal secrets of another user", () => {
  it.each(["holder", "manager", "member2"] as const)(
    "are not found for the %s: get, resolve, update, delete, versions",
    async (who) => {
      const actor = acme.actors[who];
      await expectNotFound(getSecret(actor, ids.personal!));
      await expectNotFound(resolveSecret(actor, ids.personal!, env(acme, "Production")));
      await expectNotFound(updateSecret(actor, { secretId: ids.personal!, expectedVersion: 1, description: "x" }));
      await expectNotFound(deleteSecretNow(actor, ids.personal!));
      await expectNotFound(listValueVersions(actor, ids.personal!));
    },
  );
  it("are not listed for anyone else", async () => {
    for (const who of ["holder", "manager", "member2"] as const) {
      const page = await listSecrets(acme.actors[who], parseSecretListQuery({ pageSize: "100" }));
      expect(page.rows.map((r) => r.name)).not.toContain("m1_personal");
    }
  });
  it("are the owner's to use", async () => {
    const r = await resolveSecret(acme.actors.member1, ids.personal!, env(acme, "Production"));
    expect(r.headers["X-API-Key"]).toBe("personal-value");
  });
});

describe("another organization", () => {
  it("does not exist for a member of Acme, even its Account Holder", async () => {
    await expectNotFound(getSecret(acme.actors.holder, ids.otherOrg!));
    await expectNotFound(resolveSecret(acme.actors.holder, ids.otherOrg!, env(other, "Production")));
    await expectNotFound(deleteSecretNow(acme.actors.holder, ids.otherOrg!));
    await expectNotFound(actorForResource(acme.users.holder, "secret", ids.otherOrg!));
  });
  it("cannot be written into by naming its id in the input", async () => {
    await expectNotFound(register(acme.actors.holder, apiKeyInput(other, "forged", "v")));
  });
  it("cannot be decrypted with an environment of another organization", async () => {
    await expect(resolveSecret(acme.actors.holder, ids.orgWide!, env(other, "Production"))).rejects.toThrow();
  });
});

describe("Spot-restricted and workspace secrets", () => {
  it("are not found for members outside the Spot or workspace", async () => {
    const outsider = await orgFixture("iso-c");
    await expectNotFound(getSecret(acme.actors.member2, ids.alphaOnly!));
    await expectNotFound(getSecret(outsider.actors.member1, ids.workspace!));
  });
  it("let a workspace member use but not edit", async () => {
    const r = await resolveSecret(acme.actors.member2, ids.workspace!, env(acme, "Production"));
    expect(r.headers["X-API-Key"]).toBe("ws-value");
    await expect(
      updateSecret(acme.actors.member2, { secretId: ids.workspace!, expectedVersion: 1, description: "x" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
  it("record each denial in the audit log", async () => {
    const denials = await db.auditEvent.count({ where: { orgId: acme.orgId, outcome: "DENIED" } });
    expect(denials).toBeGreaterThan(0);
  });
});

describe("the listing query agrees with the permission table", () => {
  it("for every actor and secret of the organization", async () => {
    const all = await db.secret.findMany({ where: { orgId: acme.orgId }, select: SECRET_FACTS_SELECT });
    const actors: Actor[] = Object.values(acme.actors);
    for (const actor of actors) {
      const listed = await db.secret.findMany({ where: visibleSecretsWhere(actor), select: { id: true } });
      const expected = all
        .filter((s) => allowedSecretActions(actor, toFacts(s)).has("view"))
        .map((s) => s.id)
        .sort();
      expect(listed.map((s) => s.id).sort()).toEqual(expected);
    }
  });
});

describe("the other database filters agree with the permission table", () => {
  it("the workspaces each actor works in: every one for whoever sees all workspaces, else their own", async () => {
    await createWorkspace(acme.actors.holder, { orgId: acme.orgId, name: "Nobody's" });
    const all = await db.workspace.findMany({ where: { orgId: acme.orgId, archivedAt: null }, select: { id: true } });
    expect(all.length).toBeGreaterThan(1);
    for (const actor of Object.values(acme.actors)) {
      const listed = await listWorkspaces(actor.userId, acme.orgId, actor.role);
      const expected = all
        .filter((w) => seesAllWorkspaces(actor.role) || actor.workspaceRoles.has(w.id))
        .map((w) => w.id);
      expect(listed.map((w) => w.id).sort()).toEqual(expected.sort());
    }
  });
  it("the workspaces and Spots each actor sees in Settings, and whose members they may change", async () => {
    for (const kind of ["workspace", "spot"] as const) {
      const query = { where: { orgId: acme.orgId }, select: { id: true } };
      const all = kind === "workspace" ? await db.workspace.findMany(query) : await db.spot.findMany(query);
      expect(all.length).toBeGreaterThan(1);
      for (const actor of Object.values(acme.actors)) {
        const expected = all.filter((g) => maySeeGroup(actor.role, kind, groupRoleOf(actor, kind, g.id)));
        const listed = await listGroups(actor, kind).then(
          (l) => l.groups,
          () => null,
        );
        // Someone who sees no group of the kind is refused the listing, as the Settings section.
        if (expected.length === 0 && listed === null) continue;
        expect(listed?.map((g) => g.id).sort(), `${kind} ${actor.label}`).toEqual(expected.map((g) => g.id).sort());
        for (const g of listed ?? []) {
          expect(g.canManageMembers).toBe(mayManageGroupMembers(actor.role, kind, groupRoleOf(actor, kind, g.id)));
        }
      }
    }
  });
  it("who hears about a secret: whoever manages it (its owner, the workspace's Admins, Holders and Managers)", async () => {
    const all = await db.secret.findMany({ where: { orgId: acme.orgId }, select: SECRET_FACTS_SELECT });
    const manages = ["owner", "orgAdmin", "workspaceAdmin"];
    for (const s of all) {
      const facts = toFacts(s);
      const heard = await new RecipientResolver(db).for(facts);
      const expected = Object.values(acme.actors)
        .filter((a) => secretRelations(a, facts).some((r) => manages.includes(r)))
        .map((a) => a.userId);
      expect(heard.map((r) => r.userId).sort()).toEqual(expected.sort());
    }
  });
});
