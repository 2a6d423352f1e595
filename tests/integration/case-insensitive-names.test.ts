// Workspace, Spot and environment names that differ only in case are the same name in an
// organization (security probe, issue 13): refused with the message of an exact duplicate,
// by the database too (a unique lower-case key), and the migration's backfill keeps existing
// case duplicates working instead of failing. Secret names stay case-sensitive (PRODUCT.md §2).
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/index.ts";
import { ConflictError } from "../../lib/errors/index.ts";
import { createEnvironment, renameEnvironment } from "../../lib/environments/index.ts";
import { findEnvironment, forgetEnvironments } from "../../lib/api/environments.ts";
import { createSpot, renameSpot } from "../../lib/groups/index.ts";
import { createWorkspace, renameWorkspace } from "../../lib/groups/index.ts";
import { databaseKind } from "../../lib/db/index.ts";
import { apiKeyInput, orgFixture, register, type OrgFixture } from "../support/org.ts";

let org: OrgFixture;
let other: OrgFixture;
beforeAll(async () => {
  [org, other] = [await orgFixture("case"), await orgFixture("case-other")];
});

async function conflictMessage(p: Promise<unknown>): Promise<string> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConflictError);
  expect((error as ConflictError).fieldErrors?.name).toEqual([(error as ConflictError).message]);
  return (error as ConflictError).message;
}

describe("workspaces", () => {
  it("refuses a name that differs only in case, with the message of an exact duplicate", async () => {
    const holder = org.actors.holder;
    const ops = await createWorkspace(holder, { orgId: org.orgId, name: "Ops Team" });
    expect(await conflictMessage(createWorkspace(holder, { orgId: org.orgId, name: "Ops Team" }))).toBe(
      'A workspace named "Ops Team" already exists.',
    );
    expect(await conflictMessage(createWorkspace(holder, { orgId: org.orgId, name: "ops team" }))).toBe(
      'A workspace named "ops team" already exists.',
    );
    const second = await createWorkspace(holder, { orgId: org.orgId, name: "Second" });
    expect(await conflictMessage(renameWorkspace(holder, { workspaceId: second.id, name: "OPS TEAM" }))).toBe(
      'A workspace named "OPS TEAM" already exists.',
    );
    // Changing only the case of its own name is a rename, not a duplicate; other organizations are separate.
    expect(await renameWorkspace(holder, { workspaceId: ops.id, name: "OPS Team" })).toEqual({
      id: ops.id,
      name: "OPS Team",
    });
    await createWorkspace(other.actors.holder, { orgId: other.orgId, name: "ops team" });
    expect(
      await conflictMessage(
        createWorkspace(holder, { orgId: org.orgId, name: "Équipe" }).then(() =>
          createWorkspace(holder, { orgId: org.orgId, name: "ÉQUIPE" }),
        ),
      ),
    ).toBe('A workspace named "ÉQUIPE" already exists.');
  });

  it("is enforced by the database, also for two requests at the same time", async () => {
    const results = await Promise.allSettled(
      ["Race", "race", "RACE"].map((name) => createWorkspace(org.actors.holder, { orgId: org.orgId, name })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    await expect(
      db.workspace.create({ data: { orgId: org.orgId, name: "rAcE", nameKey: "race" } }),
    ).rejects.toMatchObject({ code: "P2002" });
  });
});

describe("Spots", () => {
  it("refuses a name that differs only in case", async () => {
    const holder = org.actors.holder;
    expect(await conflictMessage(createSpot(holder, { orgId: org.orgId, name: "alpha" }))).toBe(
      await conflictMessage(createSpot(holder, { orgId: org.orgId, name: "Alpha" })).then((m) =>
        m.replace('"Alpha"', '"alpha"'),
      ),
    );
    await expect(renameSpot(holder, { spotId: org.spotIds.beta, name: "ALPHA" })).rejects.toBeInstanceOf(ConflictError);
    expect(await renameSpot(holder, { spotId: org.spotIds.beta, name: "BETA" })).toEqual({
      id: org.spotIds.beta,
      name: "BETA",
    });
  });
});

describe("environments", () => {
  it("refuses a name that differs only in case, whatever the slug", async () => {
    const holder = org.actors.holder;
    expect(
      await conflictMessage(createEnvironment(holder, { orgId: org.orgId, name: "production", slug: "prod-2" })),
    ).toBe('An environment named "production" or with the slug "prod-2" already exists.');
    const live = await createEnvironment(holder, { orgId: org.orgId, name: "Live", slug: "live" });
    await expect(
      renameEnvironment(holder, { environmentId: live.id, name: "STAGING", slug: "live" }),
    ).rejects.toBeInstanceOf(ConflictError);
    // The API finds an environment by slug, id or name (in any case): with unique names that is never ambiguous.
    forgetEnvironments(org.orgId);
    expect((await findEnvironment(org.orgId, "LIVE")).id).toBe(live.id);
  });
});

describe("secret names", () => {
  it("stay case-sensitive, as PRODUCT.md says", async () => {
    await register(org.actors.holder, apiKeyInput(org, "stripe_key", "v1"));
    await expect(register(org.actors.holder, apiKeyInput(org, "Stripe_Key", "v2"))).resolves.toMatchObject({
      name: "Stripe_Key",
    });
  });
});

describe("the migration's backfill", () => {
  it("keys the oldest of existing case duplicates and leaves the later ones without a key", async () => {
    const o = await orgFixture("case-backfill");
    const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s));
    // Rows as they were before the migration: no key, names that differ only in case.
    await db.workspace.createMany({
      data: [
        { orgId: o.orgId, name: "Legacy", createdAt: at(1) },
        { orgId: o.orgId, name: "LEGACY", createdAt: at(2) },
        { orgId: o.orgId, name: "legacy", createdAt: at(3) },
        { orgId: o.orgId, name: "Unique", createdAt: at(4) },
      ],
    });
    const sql = readFileSync(
      path.join(
        process.cwd(),
        `prisma/${databaseKind() === "sqlite" ? "sqlite" : "postgres"}/migrations/20261206500000_case_insensitive_names/migration.sql`,
      ),
      "utf8",
    );
    const backfill = /UPDATE "Workspace"[\s\S]*?\n\);/.exec(sql)![0];
    // Only this organization's rows (the statement is the migration's own, narrowed by one condition).
    await db.$executeRawUnsafe(`${backfill.slice(0, -1)} AND "Workspace"."orgId" = '${o.orgId}'`);
    const rows = await db.workspace.findMany({
      where: { orgId: o.orgId, name: { in: ["Legacy", "LEGACY", "legacy", "Unique"] } },
      orderBy: { createdAt: "asc" },
    });
    expect(rows.map((r) => [r.name, r.nameKey])).toEqual([
      ["Legacy", "legacy"],
      ["LEGACY", null],
      ["legacy", null],
      ["Unique", "unique"],
    ]);
    // A later duplicate keeps working and gets its key when renamed to a free name.
    const later = rows[1]!;
    expect(await renameWorkspace(o.actors.holder, { workspaceId: later.id, name: "Legacy 2" })).toEqual({
      id: later.id,
      name: "Legacy 2",
    });
    expect((await db.workspace.findUniqueOrThrow({ where: { id: later.id } })).nameKey).toBe("legacy 2");
  });
});
