// Bulk paths (issue 8 §4–6): Copy values with a preview, the value matrix (digests, no values),
// Import of .env / JSON (preview with line numbers, one transaction, 10,000 entries) and
// Export (password re-entry, permitted scopes only, audited as a value reveal).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/index.ts";
import type { UserActor } from "../../lib/authz/index.ts";
import { ForbiddenError, ValidationError } from "../../lib/errors/index.ts";
import { resolveSecret, updateSecret } from "../../lib/secrets/index.ts";
import {
  applyCopy,
  commitImport,
  exportValues,
  planImport,
  previewCopy,
  toPreview,
  valueMatrix,
} from "../../lib/transfer/index.ts";
import { importRequestSchema, type FileFormat } from "../../lib/transfer/schema.ts";
import { apiKeyInput, orgFixture, register, type OrgFixture } from "../support/org.ts";

let org: OrgFixture;
beforeAll(async () => {
  org = await orgFixture("transfer");
});
const ORG_TARGET = () => ({ orgId: org.orgId, scope: "ORGANIZATION" as const });
const importReq = (
  content: string,
  environment = "Production",
  format: FileFormat = "dotenv",
  target: object = ORG_TARGET(),
) => importRequestSchema.parse({ target, environmentId: org.environmentIds[environment], format, content });
const value = async (actor: UserActor, secretId: string, environment: string) =>
  (await resolveSecret(actor, secretId, org.environmentIds[environment]!)).fields;

describe("Copy values", () => {
  it("previews what is created, overwritten or already the same, then copies and audits", async () => {
    const a = await register(org.actors.holder, apiKeyInput(org, "copy_new", "a-prod"));
    const b = await register(org.actors.holder, apiKeyInput(org, "copy_over", "b-prod", {}, "b-staging"));
    const c = await register(org.actors.holder, apiKeyInput(org, "copy_same", "same", {}, "same"));
    const input = {
      fromEnvironmentId: org.environmentIds.Production!,
      toEnvironmentId: org.environmentIds.Staging!,
      secretIds: [a.id, b.id, c.id],
    };
    const { items } = await previewCopy(org.actors.holder, input);
    expect(items.map((i) => [i.name, i.action])).toEqual([
      ["copy_new", "create"],
      ["copy_over", "overwrite"],
      ["copy_same", "same"],
    ]);
    expect(JSON.stringify(items)).not.toMatch(/prod|staging/);
    const results = await applyCopy(org.actors.holder, {
      ...input,
      items: items.map((i) => ({ secretId: i.secretId, expectedVersion: i.expectedVersion })),
    });
    expect(results.map((r) => r.outcome)).toEqual(["copied", "copied", "unchanged"]);
    expect((await value(org.actors.holder, a.id, "Staging")).value).toBe("a-prod");
    expect((await value(org.actors.holder, b.id, "Staging")).value).toBe("b-prod");
    expect(
      await db.auditEvent.count({
        where: { orgId: org.orgId, action: "secret.copy_value", secretId: { in: [a.id, b.id] } },
      }),
    ).toBe(2);
    expect(await db.auditEvent.count({ where: { orgId: org.orgId, action: "secret.copy_values" } })).toBe(1);
    // Confirming a stale preview does not overwrite a change made since.
    const d = await register(org.actors.holder, apiKeyInput(org, "copy_stale", "d1"));
    const dInput = { ...input, secretIds: [d.id] };
    const [previewed] = (await previewCopy(org.actors.holder, dInput)).items;
    await updateSecret(org.actors.holder, { secretId: d.id, expectedVersion: 1, description: "changed meanwhile" });
    const stale = await applyCopy(org.actors.holder, {
      ...dInput,
      items: [{ secretId: d.id, expectedVersion: previewed!.expectedVersion }],
    });
    expect(stale[0]).toMatchObject({ outcome: "failed", error: expect.stringContaining("changed by someone else") });
  });

  it("only touches secrets the user may edit", async () => {
    const s = await register(org.actors.holder, apiKeyInput(org, "copy_guarded", "g"));
    const { items, notFound } = await previewCopy(org.actors.member1, {
      fromEnvironmentId: org.environmentIds.Production!,
      toEnvironmentId: org.environmentIds.Staging!,
      secretIds: [s.id],
    });
    expect(items).toEqual([]);
    expect(notFound).toBe(1);
  });
});

describe("value matrix", () => {
  it("shows set, missing and same-as per environment without values", async () => {
    await register(org.actors.holder, apiKeyInput(org, "mx_one", "v1", {}, "v1"));
    await register(org.actors.holder, apiKeyInput(org, "mx_two", "v2", {}, "other"));
    const m = await valueMatrix(org.actors.holder, { q: "mx_" });
    const cells = (name: string) =>
      m.rows
        .find((r) => r.name === name)!
        .cells.map((c) => (c.state === "missing" ? "missing" : c.sameAs ? `same as ${c.sameAs}` : "set"));
    expect(m.environments.map((e) => e.name)).toEqual(["Development", "Staging", "Production"]);
    expect(cells("mx_one")).toEqual(["missing", "set", "same as Staging"]);
    expect(cells("mx_two")).toEqual(["missing", "set", "set"]);
    expect(JSON.stringify(m)).not.toMatch(/"v1"|"v2"|"other"/);
    expect((await valueMatrix(org.actors.holder, { q: "mx_", missingOnly: true })).total).toBe(2);
  });
});

describe("Import", () => {
  it("previews new, changed, unchanged and invalid lines, then imports in one go", async () => {
    await register(org.actors.holder, apiKeyInput(org, "IMP_API", "x"));
    await commitImport(org.actors.holder, importReq("IMP_SAME=same\nIMP_CHANGE=old\n"));
    const file = [
      "# import",
      "IMP_NEW=fresh",
      "IMP_SAME=same",
      "IMP_CHANGE=new",
      "BROKEN",
      "IMP_API=y",
      "IMP_NEW=dup",
    ].join("\n");
    const preview = toPreview(await planImport(org.actors.holder, importReq(file)));
    expect(preview.counts).toEqual({ new: 1, changed: 1, unchanged: 1, invalid: 3 });
    expect(preview.names.new).toEqual([{ line: 2, name: "IMP_NEW" }]);
    expect(preview.invalid.map((i) => i.line)).toEqual([5, 6, 7]);
    expect(preview.invalid[1]!.message).toContain("already exists as API Key");
    expect(JSON.stringify(preview)).not.toMatch(/fresh|"new"[^:]|old/);
    const result = await commitImport(org.actors.holder, importReq(file));
    expect(result).toMatchObject({ created: 1, updated: 1, unchanged: 1, invalid: 3 });
    const imported = await db.secret.findFirstOrThrow({ where: { orgId: org.orgId, name: "IMP_CHANGE" } });
    expect(imported).toMatchObject({
      type: "KEY_VALUE",
      scope: "ORGANIZATION",
      availability: "ORGANIZATION",
      version: 2,
    });
    expect((await value(org.actors.manager, imported.id, "Production")).IMP_CHANGE).toBe("new");
    expect(await db.auditEvent.count({ where: { orgId: org.orgId, action: "secret.import" } })).toBe(2);
    // The same file again: nothing changes.
    expect(
      (await commitImport(org.actors.holder, importReq(file))).created +
        (await planImport(org.actors.holder, importReq(file))).entries.filter((e) => e.status !== "unchanged").length,
    ).toBe(0);
  });

  it("reads JSON, and imports into the personal scope for anyone but the organization only for Holders and Managers", async () => {
    await expect(planImport(org.actors.member1, importReq('{"A": "1"}', "Production", "json"))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const personal = { orgId: org.orgId, scope: "PERSONAL" };
    const r = await commitImport(
      org.actors.member1,
      importReq('{\n  "MY_TOKEN": "t",\n  "PORT": 5432\n}', "Staging", "json", personal),
    );
    expect(r).toMatchObject({ created: 2, invalid: 0 });
    const mine = await db.secret.findFirstOrThrow({ where: { orgId: org.orgId, name: "PORT", scope: "PERSONAL" } });
    expect(mine.ownerId).toBe(org.users.member1.id);
    expect((await value(org.actors.member1, mine.id, "Staging")).PORT).toBe("5432");
    const ws = { orgId: org.orgId, scope: "WORKSPACE", workspaceId: org.workspaceId };
    expect((await commitImport(org.actors.member1, importReq("WS_KEY=w", "Production", "dotenv", ws))).created).toBe(1); // workspace Admin
    await expect(
      commitImport(org.actors.member2, importReq("WS_KEY2=w", "Production", "dotenv", ws)),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("imports 10,000 entries in one transaction within seconds", async () => {
    const o = await orgFixture("transfer-bulk");
    const content = Array.from(
      { length: 10_000 },
      (_, i) => `BULK_${String(i).padStart(5, "0")}=value-${i}-${"x".repeat(20)}`,
    ).join("\n");
    const req = importRequestSchema.parse({
      target: { orgId: o.orgId, scope: "ORGANIZATION" },
      environmentId: o.environmentIds.Production,
      format: "dotenv",
      content,
    });
    const phases = new Set<string>();
    const started = performance.now();
    const result = await commitImport(o.actors.holder, req, { onProgress: (p) => phases.add(p.phase) });
    const ms = Math.round(performance.now() - started);
    console.log(`import of 10,000 entries: ${ms} ms (${result.ms} ms inside commitImport)`);
    expect(result.created).toBe(10_000);
    expect([...phases]).toEqual(["checking", "encrypting", "writing"]);
    expect(await db.secret.count({ where: { orgId: o.orgId, type: "KEY_VALUE" } })).toBe(10_000);
    expect(await db.auditEvent.count({ where: { orgId: o.orgId, action: "secret.create" } })).toBe(10_000);
    const again = Date.now();
    const preview = toPreview(await planImport(o.actors.holder, req));
    console.log(`preview of 10,000 unchanged entries: ${Date.now() - again} ms`);
    expect(preview.counts.unchanged).toBe(10_000);
    // The suite shares one database: other files' lifecycle sweeps should not walk these.
    await db.secretValueVersion.deleteMany({ where: { secret: { orgId: o.orgId } } });
    await db.secret.deleteMany({ where: { orgId: o.orgId } });
  }, 240_000);
});

describe("Export", () => {
  const target = () => ({
    target: ORG_TARGET(),
    environmentId: org.environmentIds.Production!,
    format: "dotenv" as const,
  });

  it("requires the user's password, and records the refusal", async () => {
    await expect(exportValues(org.actors.manager, { ...target(), password: "wrong" })).rejects.toBeInstanceOf(
      ValidationError,
    );
    const denied = await db.auditEvent.findFirstOrThrow({
      where: { orgId: org.orgId, action: "secret.export", outcome: "DENIED" },
    });
    expect(JSON.parse(denied.detail)).toMatchObject({ reason: "wrong_password" });
    await db.user.update({ where: { id: org.users.manager.id }, data: { failedLoginCount: 0 } });
  });

  it("reveals values only to those permitted, audited per secret as a value reveal", async () => {
    await register(org.actors.holder, apiKeyInput(org, "exp_key", "exp-value"));
    const file = await exportValues(org.actors.manager, { ...target(), password: org.password });
    expect(file.content).toContain("EXP_KEY_VALUE=exp-value");
    expect(file.content).toContain("IMP_CHANGE=new");
    expect(file.filename).toBe("strongroom-organization-production.env");
    const perSecret = await db.auditEvent.count({
      where: {
        orgId: org.orgId,
        action: "secret.export",
        outcome: "SUCCESS",
        actorUserId: org.users.manager.id,
        secretId: { not: null },
      },
    });
    expect(perSecret).toBe(file.secrets);
    await expect(exportValues(org.actors.member1, { ...target(), password: org.password })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const personal = await exportValues(org.actors.member1, {
      target: { orgId: org.orgId, scope: "PERSONAL" },
      environmentId: org.environmentIds.Staging!,
      format: "json",
      password: org.password,
    });
    expect(JSON.parse(personal.content)).toEqual({ MY_TOKEN: "t", PORT: "5432" });
  });

  it("fails closed, exporting nothing, when a value row is not its head's version", async () => {
    const personal = { orgId: org.orgId, scope: "PERSONAL" as const };
    const mine = { scope: "PERSONAL", availability: undefined } as const;
    await register(org.actors.member2, apiKeyInput(org, "exp_fine", "fine-value", mine));
    const s = await register(org.actors.member2, apiKeyInput(org, "exp_rolled_back", "v1", mine));
    await db.$executeRawUnsafe(`DELETE FROM "SecretValueVersion" WHERE "secretId" = '${s.id}'`);
    const req = {
      target: personal,
      environmentId: org.environmentIds.Production!,
      format: "dotenv" as const,
      password: org.password,
    };
    const attempt = exportValues(org.actors.member2, req);
    await expect(attempt).rejects.toMatchObject({ code: "value_integrity_failed" });
    await expect(attempt).rejects.toThrow(`The stored value of "exp_rolled_back" is not its current version`);
  });

  it("leaves out Spot-restricted secrets the user may not use", async () => {
    await register(
      org.actors.holder,
      apiKeyInput(org, "exp_spot", "spot-value", { availability: "SPOTS", spotIds: [org.spotIds.alpha] }),
    );
    const file = await exportValues(org.actors.holder, { ...target(), password: org.password });
    expect(file.content).not.toContain("spot-value");
  });
});
