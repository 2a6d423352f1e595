// The audit log is a hash chain per organization: editing or removing a record is detected.
import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import path from "node:path";
import { db } from "../../lib/db/index.ts";
import { verifyAuditChains } from "../../lib/audit/verify.ts";
import { deleteSecretNow, resolveSecret } from "../../lib/secrets/index.ts";
import { apiKeyInput, env, orgFixture, register } from "../support/org.ts";

async function breakOf(orgId: string) {
  const report = await verifyAuditChains(db);
  return report.breaks.find((b) => b.chain === orgId);
}

describe("the audit chain", () => {
  it("links every record of an organization and verifies intact", async () => {
    const org = await orgFixture("chain");
    const s = await register(org.actors.holder, apiKeyInput(org, "audited", "never-logged-value"));
    await resolveSecret(org.actors.member1, s.id, env(org, "Production"));
    await deleteSecretNow(org.actors.holder, s.id);
    const events = await db.auditEvent.findMany({ where: { orgId: org.orgId }, orderBy: { seq: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["secret.create", "secret.use", "secret.delete"]);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(JSON.stringify(events)).not.toContain("never-logged-value");
    expect(await breakOf(org.orgId)).toBeUndefined();
  });

  it("reports an edited record", async () => {
    const org = await orgFixture("chain-edit");
    for (const n of ["a", "b", "c"]) await register(org.actors.holder, apiKeyInput(org, n, "v"));
    await db.auditEvent.updateMany({ where: { orgId: org.orgId, seq: 2 }, data: { actorLabel: "someone-else@example.test" } });
    expect(await breakOf(org.orgId)).toMatchObject({ seq: 2, reason: expect.stringMatching(/changed/) });
  });

  it("reports a removed record", async () => {
    const org = await orgFixture("chain-rm");
    for (const n of ["a", "b", "c"]) await register(org.actors.holder, apiKeyInput(org, n, "v"));
    await db.auditEvent.deleteMany({ where: { orgId: org.orgId, seq: 2 } });
    expect(await breakOf(org.orgId)).toMatchObject({ seq: 2, reason: expect.stringMatching(/missing/) });
  });

  it("reports reordered records", async () => {
    const org = await orgFixture("chain-reorder");
    for (const n of ["a", "b", "c", "d"]) await register(org.actors.holder, apiKeyInput(org, n, "v"));
    // Swap records 2 and 3 (through a free sequence number: (chain, seq) is unique).
    const move = (from: number, to: number) => db.auditEvent.updateMany({ where: { orgId: org.orgId, seq: from }, data: { seq: to } });
    await move(2, -2);
    await move(3, 2);
    await move(-2, 3);
    expect(await breakOf(org.orgId)).toMatchObject({ seq: 2, reason: expect.stringMatching(/does not link|changed/) });
  });

  it("stays linear under concurrent writers", async () => {
    const org = await orgFixture("chain-race");
    await Promise.all(Array.from({ length: 8 }, (_, i) => register(org.actors.holder, apiKeyInput(org, `race_${i}`, "v"))));
    const seqs = (await db.auditEvent.findMany({ where: { orgId: org.orgId }, select: { seq: true }, orderBy: { seq: "asc" } })).map((e) => e.seq);
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await breakOf(org.orgId)).toBeUndefined();
  });

  it("stays linear when the raw driver's appends race Prisma's and another process's", async () => {
    const org = await orgFixture("chain-mixed");
    const s = await register(org.actors.holder, apiKeyInput(org, "mixed", "v"));
    const root = path.join(import.meta.dirname, "../..");
    const other = spawn(
      path.join(root, "node_modules/.bin/tsx"),
      ["--conditions=react-server", path.join(root, "tests/support/append-audit.ts"), org.orgId, "1", "2", "3", "4", "5", "6"],
      { cwd: root, env: process.env, stdio: ["ignore", "ignore", "inherit"] },
    );
    const otherDone = new Promise<number | null>((r) => other.once("exit", r));
    await Promise.all([
      ...Array.from({ length: 20 }, () => resolveSecret(org.actors.member1, s.id, env(org, "Production"))),
      ...Array.from({ length: 4 }, (_, i) => register(org.actors.holder, apiKeyInput(org, `mixed_${i}`, "v"))),
    ]);
    expect(await otherDone).toBe(0);
    const seqs = (await db.auditEvent.findMany({ where: { orgId: org.orgId }, select: { seq: true }, orderBy: { seq: "asc" } })).map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: 1 + 20 + 4 + 21 }, (_, i) => i + 1));
    expect(await breakOf(org.orgId)).toBeUndefined();
  });
});
