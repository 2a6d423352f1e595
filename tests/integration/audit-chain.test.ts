// The audit log is a keyed hash chain per organization: editing or removing a record is
// detected; records written before keying verify as the chain's legacy prefix; checkpoints are
// signed as the chain grows. (The attacks: audit-attacks.test.ts.)
import { afterAll, describe, expect, it, vi } from "vitest";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { db } from "../../lib/db/index.ts";
import { resetEnvCache } from "../../lib/env/index.ts";
import { getKeyProvider, LocalKeyProvider, parseMasterKeys, resetKeyProviderCache } from "../../lib/crypto/index.ts";
import { auditHash, GENESIS_HASH } from "../../lib/audit/hash.ts";
import { auditConfig, resetAuditConfigCache } from "../../lib/audit/config.ts";
import { configuredVerifyOptions, verifyAuditChains } from "../../lib/audit/verify.ts";
import { formatVerifyReport } from "../../lib/audit/verify-report.ts";
import { chainedFields } from "../../lib/audit/record.ts";
import {
  exportCheckpoints,
  exportCheckpointsAfterCommit,
  readCheckpointFile,
} from "../../lib/audit/checkpoint-export.ts";
import { deleteSecretNow, resolveSecret } from "../../lib/secrets/index.ts";
import { apiKeyInput, env, orgFixture, register } from "../support/org.ts";

/** Runs `fn` with some configuration changed, then restores it. */
async function withEnv<T>(vars: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  const apply = (v: Record<string, string | undefined>) => {
    for (const [k, value] of Object.entries(v)) {
      if (value === undefined) delete process.env[k];
      else process.env[k] = value;
    }
    resetEnvCache();
    resetKeyProviderCache();
    resetAuditConfigCache();
  };
  apply(vars);
  try {
    return await fn();
  } finally {
    apply(saved);
  }
}

/** Verification with this installation's keys, walking only `chain` (the suite's organizations are many). */
const verifyChain = (chain: string) => verifyAuditChains(db, { ...configuredVerifyOptions(), chains: [chain] });

async function breakOf(orgId: string) {
  const report = await verifyChain(orgId);
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
    expect(events.map((e) => e.keyId)).toEqual(Array(3).fill(getKeyProvider().currentKeyId()));
    expect(await breakOf(org.orgId)).toBeUndefined();
  });

  it("verifies records written before keying as the legacy prefix; the first keyed record links to it", async () => {
    const org = await orgFixture("chain-legacy");
    let last: { seq: number; hash: string } | null = null;
    for (let i = 0; i < 3; i++) {
      const fields = chainedFields(
        {
          orgId: org.orgId,
          actor: { type: "SYSTEM", label: "before the upgrade" },
          action: "secret.view",
          outcome: "SUCCESS",
        },
        last,
      );
      const hash = auditHash(fields);
      await db.auditEvent.create({ data: { ...fields, hash } });
      last = { seq: fields.seq, hash };
    }
    await register(org.actors.holder, apiKeyInput(org, "after_upgrade", "v"));
    const rows = await db.auditEvent.findMany({ where: { chain: org.orgId }, orderBy: { seq: "asc" } });
    expect(rows.map((r) => r.keyId === null)).toEqual([true, true, true, false]);
    expect(rows[3]!.prevHash).toBe(rows[2]!.hash);
    expect(rows[0]!.prevHash).toBe(GENESIS_HASH);
    // The first keyed record is checkpointed, so rewriting it all as legacy would show.
    expect((await db.auditCheckpoint.findMany({ where: { chain: org.orgId } })).map((c) => c.chainSeq)).toEqual([4]);
    const report = await verifyChain(org.orgId);
    expect(report.breaks.filter((b) => b.chain === org.orgId)).toEqual([]);
    expect(report.chains.find((c) => c.chain === org.orgId)).toMatchObject({
      records: 4,
      legacy: 3,
      macChecked: 1,
      anchor: { chainSeq: 4 },
    });
    const anchor = report.chains.find((c) => c.chain === org.orgId)!.anchor!;
    expect(formatVerifyReport(report).lines).toContain(
      `  ${org.orgId}: 4 record(s); legacy (unkeyed SHA-256) prefix: records 1–3; HMAC checked: 1; ` +
        `anchored through record 4 (checkpoint #${anchor.checkpoint}, ${anchor.at.toISOString()})`,
    );
  });

  it("keys new records with the current master key and verifies across a rotation", async () => {
    const org = await orgFixture("chain-rotate");
    const [oldId, newId] = [...parseMasterKeys(process.env.STRONGROOM_MASTER_KEYS!).keys.keys()] as [string, string];
    await withEnv({ STRONGROOM_MASTER_KEY_CURRENT: oldId }, () =>
      register(org.actors.holder, apiKeyInput(org, "before_rotation", "v")),
    );
    await register(org.actors.holder, apiKeyInput(org, "after_rotation", "v"));
    const rows = await db.auditEvent.findMany({ where: { chain: org.orgId }, orderBy: { seq: "asc" } });
    expect(rows.map((r) => r.keyId)).toEqual([oldId, newId]);
    const report = await verifyChain(org.orgId);
    expect(report.breaks.filter((b) => b.chain === org.orgId)).toEqual([]);
    expect(report.chains.find((c) => c.chain === org.orgId)).toMatchObject({ macChecked: 2, macUnchecked: 0 });
    // Once the old master key is removed, its records can no longer be checked — and that is said.
    const spec = process.env
      .STRONGROOM_MASTER_KEYS!.split(",")
      .filter((e) => e.startsWith(`${newId}:`))
      .join(",");
    const keys = new LocalKeyProvider(parseMasterKeys(spec));
    const onlyNew = await verifyAuditChains(db, {
      keys,
      publicKeys: [auditConfig().signer!.publicKey],
      chains: [org.orgId],
    });
    expect(onlyNew.breaks.filter((b) => b.chain === org.orgId)).toEqual([]);
    expect(onlyNew.chains.find((c) => c.chain === org.orgId)).toMatchObject({
      macChecked: 1,
      macUnchecked: 1,
      uncheckedKeyIds: [oldId],
    });
    expect(onlyNew.notChecked.join("\n")).toContain(`keyed with master key(s) ${oldId}, which are not configured here`);
  });

  it("signs a checkpoint in the append's transaction when a chain starts and at every N records", async () => {
    const org = await orgFixture("chain-every");
    await withEnv({ STRONGROOM_AUDIT_CHECKPOINT_EVERY: "5" }, async () => {
      for (let i = 0; i < 12; i++) await register(org.actors.holder, apiKeyInput(org, `every_${i}`, "v"));
    });
    const cps = await db.auditCheckpoint.findMany({ where: { chain: org.orgId }, orderBy: { seq: "asc" } });
    expect(cps.map((c) => c.chainSeq)).toEqual([1, 5, 10]);
    const rows = await db.auditEvent.findMany({
      where: { chain: org.orgId, seq: { in: [1, 5, 10] } },
      orderBy: { seq: "asc" },
    });
    expect(cps.map((c) => c.headHash)).toEqual(rows.map((r) => r.hash));
    expect(cps.every((c) => c.signKeyId === auditConfig().signer!.keyId)).toBe(true);
  });

  it("reports an edited record", async () => {
    const org = await orgFixture("chain-edit");
    for (const n of ["a", "b", "c"]) await register(org.actors.holder, apiKeyInput(org, n, "v"));
    await db.auditEvent.updateMany({
      where: { orgId: org.orgId, seq: 2 },
      data: { actorLabel: "someone-else@example.test" },
    });
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
    const move = (from: number, to: number) =>
      db.auditEvent.updateMany({ where: { orgId: org.orgId, seq: from }, data: { seq: to } });
    await move(2, -2);
    await move(3, 2);
    await move(-2, 3);
    expect(await breakOf(org.orgId)).toMatchObject({ seq: 2, reason: expect.stringMatching(/does not link|changed/) });
  });

  it("stays linear under concurrent writers", async () => {
    const org = await orgFixture("chain-race");
    await Promise.all(
      Array.from({ length: 8 }, (_, i) => register(org.actors.holder, apiKeyInput(org, `race_${i}`, "v"))),
    );
    const seqs = (
      await db.auditEvent.findMany({ where: { orgId: org.orgId }, select: { seq: true }, orderBy: { seq: "asc" } })
    ).map((e) => e.seq);
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await breakOf(org.orgId)).toBeUndefined();
  });

  it("stays linear when the raw driver's appends race Prisma's and another process's", async () => {
    const org = await orgFixture("chain-mixed");
    const s = await register(org.actors.holder, apiKeyInput(org, "mixed", "v"));
    const root = path.join(import.meta.dirname, "../..");
    const other = spawn(
      path.join(root, "node_modules/.bin/tsx"),
      [
        "--conditions=react-server",
        path.join(root, "tests/support/append-audit.ts"),
        org.orgId,
        "1",
        "2",
        "3",
        "4",
        "5",
        "6",
      ],
      { cwd: root, env: process.env, stdio: ["ignore", "ignore", "inherit"] },
    );
    const otherDone = new Promise<number | null>((r) => other.once("exit", r));
    await Promise.all([
      ...Array.from({ length: 20 }, () => resolveSecret(org.actors.member1, s.id, env(org, "Production"))),
      ...Array.from({ length: 4 }, (_, i) => register(org.actors.holder, apiKeyInput(org, `mixed_${i}`, "v"))),
    ]);
    expect(await otherDone).toBe(0);
    const seqs = (
      await db.auditEvent.findMany({ where: { orgId: org.orgId }, select: { seq: true }, orderBy: { seq: "asc" } })
    ).map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: 1 + 20 + 4 + 21 }, (_, i) => i + 1));
    expect(await breakOf(org.orgId)).toBeUndefined();
  });
});

describe("the checkpoint export file", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "strongroom-export-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const exported = async (file: string) => (await readCheckpointFile(file))?.checkpoints.map((c) => c.seq) ?? [];
  const newestCheckpoint = async (chain: string) =>
    (await db.auditCheckpoint.findFirstOrThrow({ where: { chain }, orderBy: { seq: "desc" } })).seq;

  it("is left to the portal by a short-lived process: it never reopens its closed database client", async () => {
    const org = await orgFixture("export-script");
    const file = path.join(dir, "script.jsonl");
    const root = path.join(import.meta.dirname, "../..");
    const script = spawn(
      path.join(root, "node_modules/.bin/tsx"),
      ["--conditions=react-server", path.join(root, "tests/support/append-audit.ts"), org.orgId, "1"],
      {
        cwd: root,
        env: {
          ...process.env,
          STRONGROOM_AUDIT_CHECKPOINT_FILE: file,
          STRONGROOM_AUDIT_CHECKPOINT_EVERY: "1",
          // Past both export attempts (50 ms and 2 s after a checkpoint) a process that exported would make.
          APPEND_AUDIT_LINGER_MS: "2500",
        },
        stdio: ["ignore", "ignore", "inherit"],
      },
    );
    expect(await new Promise<number | null>((r) => script.once("exit", r))).toBe(0);
    const written = await newestCheckpoint(org.orgId);
    expect(existsSync(file)).toBe(false);
    await exportCheckpoints(db, file); // the portal's next (timed) export
    expect(await exported(file)).toContain(written);
  });

  it("is appended soon after each checkpoint's commit by a long-lived process", async () => {
    const file = path.join(dir, "portal.jsonl");
    exportCheckpointsAfterCommit();
    await withEnv({ STRONGROOM_AUDIT_CHECKPOINT_FILE: file, STRONGROOM_AUDIT_CHECKPOINT_EVERY: "1" }, async () => {
      const org = await orgFixture("export-portal");
      await register(org.actors.holder, apiKeyInput(org, "exported", "v"));
      const written = await newestCheckpoint(org.orgId);
      await vi.waitFor(async () => expect(await exported(file)).toContain(written), { timeout: 10_000, interval: 50 });
    });
  });
});
