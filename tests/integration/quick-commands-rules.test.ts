// The Quick Command rules of PRODUCT.md §5 on a real database: access to every secret on
// creation (rule 1), no personal secret added to a shared command (rule 2), forks drop personal
// secrets (rule 3), shared/published commands only with the right secrets (rule 4), the
// visibility table, and "Where used" kept in sync.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/index.ts";
import { commandActionsFor } from "../../lib/authz/index.ts";
import { ForbiddenError, NotFoundError, ValidationError } from "../../lib/errors/index.ts";
import {
  createCommand,
  deleteCommand,
  forkCommand,
  getCommand,
  listCommands,
  updateCommand,
} from "../../lib/quick-commands/index.ts";
import { deleteSecretNow } from "../../lib/secrets/index.ts";
import { listUsages } from "../../lib/usage/index.ts";
import { apiKey, command, secretHeader, textHeader } from "../support/commands.ts";
import { orgFixture, type OrgFixture } from "../support/org.ts";

let org: OrgFixture;
let orgKey: { id: string; name: string };
let personal: { id: string; name: string };
let wsKey: { id: string; name: string };
let spotKey: { id: string; name: string };
beforeAll(async () => {
  org = await orgFixture("qcr");
  orgKey = await apiKey(org, org.actors.holder, "org_key", "org-value");
  personal = await apiKey(org, org.actors.member1, "my_key", "personal-value", { scope: "PERSONAL" });
  wsKey = await apiKey(org, org.actors.member1, "ws_key", "ws-value", { scope: "WORKSPACE" });
  spotKey = await apiKey(org, org.actors.holder, "alpha_key", "alpha-value", {
    availability: "SPOTS",
    spotIds: [org.spotIds.alpha],
  });
});

const shared = (headers: ReturnType<typeof secretHeader>[], name = "Shared") =>
  command({ name, visibility: "SHARED", workspaceId: org.workspaceId, headers });

describe("rule 1: creating checks access to every secret", () => {
  it("blocks a secret the creator cannot see, naming it", async () => {
    const data = command({ headers: [secretHeader("X-A", orgKey), secretHeader("X-B", spotKey)] });
    await expect(createCommand(org.actors.member2, org.orgId, data)).rejects.toThrow(
      'The "alpha_key" secret (header X-B) does not exist or is not available to you.',
    );
    expect(await db.quickCommand.count({ where: { orgId: org.orgId, ownerId: org.users.member2.id } })).toBe(0);
  });
  it("blocks a secret the creator may see but not use, naming it", async () => {
    const data = command({ headers: [secretHeader("X-B", spotKey)] });
    await expect(createCommand(org.actors.holder, org.orgId, data)).rejects.toThrow(
      /permission to use the secret "alpha_key" \(header X-B\)/,
    );
  });
  it("blocks another member's personal secret without revealing it", async () => {
    const data = command({ headers: [secretHeader("X-P", { id: personal.id, name: "guess" })] });
    await expect(createCommand(org.actors.member2, org.orgId, data)).rejects.toBeInstanceOf(NotFoundError);
  });
  it("creates the command when every secret is usable, with the secrets' own names", async () => {
    const c = await createCommand(
      org.actors.member1,
      org.orgId,
      command({ headers: [secretHeader("X-A", { id: orgKey.id, name: "forged" }), secretHeader("X-P", personal)] }),
    );
    const detail = await getCommand(org.actors.member1, c.id);
    expect(detail.headers.map((h) => (h.kind === "secret" ? h.secretName : null))).toEqual(["org_key", "my_key"]);
  });
});

describe("rules 2 and 4: sharing and publishing", () => {
  it("cannot share a command with a personal secret", async () => {
    await expect(createCommand(org.actors.member1, org.orgId, shared([secretHeader("X-P", personal)]))).rejects.toThrow(
      /"my_key" \(header X-P\) is personal/,
    );
  });
  it("cannot publish a command with a workspace or personal secret", async () => {
    const pub = (h: ReturnType<typeof secretHeader>) => command({ visibility: "PUBLISHED", headers: [h] });
    await expect(createCommand(org.actors.member1, org.orgId, pub(secretHeader("X-W", wsKey)))).rejects.toThrow(
      /only organization secrets/,
    );
    await expect(createCommand(org.actors.member1, org.orgId, pub(secretHeader("X-P", personal)))).rejects.toThrow(
      /cannot be published/,
    );
  });
  it("blocks adding a personal secret to a shared command (rule 2) and making a command with one shared (rule 4)", async () => {
    const c = await createCommand(org.actors.member1, org.orgId, shared([secretHeader("X-W", wsKey)]));
    const update = shared([secretHeader("X-W", wsKey), secretHeader("X-P", personal)]);
    await expect(updateCommand(org.actors.member1, c.id, 1, update)).rejects.toThrow(
      /personal secret cannot be added to a shared command/,
    );
    const priv = await createCommand(
      org.actors.member1,
      org.orgId,
      command({ headers: [secretHeader("X-P", personal)] }),
    );
    await expect(
      updateCommand(
        org.actors.member1,
        priv.id,
        1,
        command({ visibility: "PUBLISHED", headers: [secretHeader("X-P", personal)] }),
      ),
    ).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("rule 3: forking drops personal secrets", () => {
  it("keeps the header, marked as needing a secret, and the organization secrets", async () => {
    const c = await createCommand(
      org.actors.member1,
      org.orgId,
      command({ name: "Mine", headers: [secretHeader("X-A", orgKey), secretHeader("X-P", personal)] }),
    );
    const fork = await forkCommand(org.actors.member1, c.id);
    expect(fork.dropped).toEqual([{ key: "X-P", reason: "personal" }]);
    const copy = await getCommand(org.actors.member1, fork.id);
    expect(copy).toMatchObject({ name: "Mine (fork)", visibility: "PRIVATE", forkedFromId: c.id });
    // The dropped personal secret's name is not shown in the copy's header table, even to its owner.
    expect(copy.headers).toMatchObject([
      { key: "X-A", secretName: "org_key", state: "ok" },
      { key: "X-P", secretId: null, secretName: null, state: "needs-secret" },
    ]);
    expect(JSON.stringify(await db.quickCommand.findUnique({ where: { id: fork.id } }))).not.toContain("my_key");
  });
  it("says a header lost a workspace secret because it was deleted, not because it was personal", async () => {
    const inWorkspace = { scope: "WORKSPACE", workspaceId: org.workspaceId } as const;
    const gone = await apiKey(org, org.actors.member1, "ws_gone", "v-gone", inWorkspace);
    const uses = command({ name: "Uses ws", headers: [secretHeader("Authorization", gone)] });
    const c = await createCommand(org.actors.member1, org.orgId, uses);
    await deleteSecretNow(org.actors.member1, gone.id);
    const fork = await forkCommand(org.actors.member1, c.id);
    expect(fork.dropped).toEqual([{ key: "Authorization", reason: "deleted" }]);
    const copy = await getCommand(org.actors.member1, fork.id);
    expect(copy.headers).toMatchObject([
      { key: "Authorization", secretId: null, secretName: "ws_gone", state: "needs-secret" },
    ]);
  });
  it("drops another member's personal secret from a command shared before the rules, without its name", async () => {
    const legacy = await db.quickCommand.create({
      data: {
        orgId: org.orgId,
        ownerId: org.users.member1.id,
        workspaceId: org.workspaceId,
        visibility: "SHARED",
        name: "Legacy",
        method: "GET",
        endpoint: "https://example.com/",
        headers: JSON.stringify([secretHeader("X-P", personal), secretHeader("X-W", wsKey)]),
      },
    });
    const fork = await forkCommand(org.actors.member2, legacy.id);
    const copy = await getCommand(org.actors.member2, fork.id);
    expect(copy.headers).toMatchObject([
      { key: "X-P", secretName: null, state: "needs-secret" },
      { key: "X-W", secretName: "ws_key", state: "ok" },
    ]);
    expect(JSON.stringify(await db.quickCommand.findUnique({ where: { id: fork.id } }))).not.toContain("my_key");
  });
});

describe("who sees, runs, edits and forks", () => {
  it("hides a private command from everyone else, even an Account Holder", async () => {
    const c = await createCommand(org.actors.member1, org.orgId, command({ name: "Private one" }));
    for (const a of [org.actors.member2, org.actors.holder]) {
      await expect(getCommand(a, c.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(forkCommand(a, c.id)).rejects.toBeInstanceOf(NotFoundError);
      expect((await listCommands(a)).map((r) => r.id)).not.toContain(c.id);
    }
  });
  it("lets workspace Admins edit a shared command but only the owner change who sees it", async () => {
    const c = await createCommand(org.actors.member2, org.orgId, shared([], "Team call"));
    await expect(updateCommand(org.actors.member1, c.id, 1, shared([], "Team call v2"))).resolves.toMatchObject({
      version: 2,
    });
    await expect(updateCommand(org.actors.member1, c.id, 2, command({ name: "Team call v2" }))).rejects.toThrow(
      /Only the owner/,
    );
    await expect(deleteCommand(org.actors.holder, c.id)).rejects.toBeInstanceOf(NotFoundError);
  });
  it("lets everyone run and fork a published command, and only the owner and Holders/Managers edit it", async () => {
    const c = await createCommand(
      org.actors.member1,
      org.orgId,
      command({ name: "Public", visibility: "PUBLISHED", headers: [secretHeader("X-A", orgKey)] }),
    );
    await expect(
      updateCommand(org.actors.member2, c.id, 1, command({ name: "Hijack", visibility: "PUBLISHED" })),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      updateCommand(
        org.actors.manager,
        c.id,
        1,
        command({ name: "Public v2", visibility: "PUBLISHED", headers: [secretHeader("X-A", orgKey)] }),
      ),
    ).resolves.toBeTruthy();
    await expect(forkCommand(org.actors.member2, c.id)).resolves.toMatchObject({ dropped: [] });
  });
  it("lists exactly the commands the table lets each member view", async () => {
    const all = await db.quickCommand.findMany({ where: { orgId: org.orgId } });
    for (const actor of Object.values(org.actors)) {
      const listed = new Set((await listCommands(actor)).map((r) => r.id));
      for (const c of all)
        expect(listed.has(c.id)).toBe(
          commandActionsFor(actor, { ...c, visibility: c.visibility as "PRIVATE" }).has("view"),
        );
    }
  });
});

describe("where used", () => {
  it("records each secret header, follows renames and edits, and is cleared on delete", async () => {
    const a = await createCommand(
      org.actors.member1,
      org.orgId,
      command({
        name: "Same name",
        headers: [secretHeader("X-API-Key", orgKey), textHeader("Accept", "application/json")],
      }),
    );
    const b = await createCommand(
      org.actors.member2,
      org.orgId,
      command({ name: "Same name", headers: [secretHeader("X-API-Key", orgKey)] }),
    );
    const mine = async () =>
      (await listUsages(org.actors.holder, orgKey.id)).filter(
        (u) => u.consumerUrl === `/quick-commands/${a.id}` || u.consumerUrl === `/quick-commands/${b.id}`,
      );
    expect((await mine()).map((u) => [u.consumerKind, u.consumerName, u.location])).toEqual([
      ["QUICK_COMMAND", "Same name", "header X-API-Key"],
      ["QUICK_COMMAND", "Same name", "header X-API-Key"],
    ]);
    await updateCommand(
      org.actors.member1,
      a.id,
      1,
      command({ name: "Renamed", headers: [secretHeader("Authorization", orgKey)] }),
    );
    expect((await mine()).map((u) => [u.consumerName, u.location]).sort()).toEqual([
      ["Renamed", "header Authorization"],
      ["Same name", "header X-API-Key"],
    ]);
    await deleteCommand(org.actors.member2, b.id);
    expect((await mine()).map((u) => u.consumerName)).toEqual(["Renamed"]);
    await deleteCommand(org.actors.member1, a.id);
    expect(await mine()).toEqual([]);
    const audit = await db.auditEvent.findMany({
      where: { orgId: org.orgId, action: { in: ["usage.remove", "command.delete"] } },
    });
    expect(audit.length).toBeGreaterThanOrEqual(4);
  });
});
