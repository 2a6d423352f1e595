// Rewriting the audit log from the database (issue 13): cutting the newest records, deleting a
// whole chain, editing a record and recomputing the later hashes (plain SHA-256, or HMAC under a
// wrong key), and deleting checkpoints — each detected by verification, and said plainly what
// the public key alone can check.
import { afterAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { db } from "../../lib/db/index.ts";
import { configuredVerifyOptions, verifyAuditChains, type VerifyReport } from "../../lib/audit/verify.ts";
import { auditConfig } from "../../lib/audit/config.ts";
import { checkpointMovedChains } from "../../lib/audit/checkpoint-now.ts";
import { exportCheckpoints } from "../../lib/audit/checkpoint-export.ts";
import { publicKeyPem } from "../../lib/audit/signing.ts";
import { apiKeyInput, orgFixture, register, type OrgFixture } from "../support/org.ts";
import { editAndRecompute, hmacWithWrongKey, sha256AsLegacy, sha256KeepingKeyId } from "../support/audit-tamper.ts";

const dir = mkdtempSync(path.join(tmpdir(), "strongroom-audit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const publicKeys = () => [auditConfig().signer!.publicKey];
/** With this installation's keys, walking only `chain` (the suite's other organizations are many). */
const verify = (chain: string) => verifyAuditChains(db, { ...configuredVerifyOptions(), chains: [chain] });
/** As an outside auditor: the public key, no master key. */
const publicOnly = (chain: string, checkpointFile?: string) =>
  verifyAuditChains(db, { keys: null, publicKeys: publicKeys(), checkpointFile, chains: [chain] });
const of = (report: VerifyReport, chain: string) => report.breaks.filter((b) => b.chain === chain);

async function orgWithRecords(prefix: string, n: number): Promise<OrgFixture> {
  const org = await orgFixture(prefix);
  for (let i = 0; i < n; i++)
    await register(org.actors.holder, apiKeyInput(org, `${prefix.replace(/-/g, "_")}_${i}`, "v"));
  return org;
}

describe("attacks on the audit chain", () => {
  it("detects the newest records cut off (truncation), with the public key alone", async () => {
    const org = await orgWithRecords("atk-trunc", 4);
    await checkpointMovedChains(db, [org.orgId]);
    await db.auditEvent.deleteMany({ where: { chain: org.orgId, seq: { gte: 3 } } });
    for (const report of [await verify(org.orgId), await publicOnly(org.orgId)]) {
      expect(of(report, org.orgId)).toEqual([
        expect.objectContaining({
          kind: "truncated",
          seq: 3,
          reason: expect.stringMatching(
            /^ends at record 2, but checkpoint #\d+ of .* covers record 4: records 3–4 were removed$/,
          ),
        }),
      ]);
    }
  });

  it("detects a whole chain deleted, with the public key alone", async () => {
    const org = await orgWithRecords("atk-gone", 3);
    await checkpointMovedChains(db, [org.orgId]);
    await db.auditEvent.deleteMany({ where: { chain: org.orgId } });
    for (const report of [await verify(org.orgId), await publicOnly(org.orgId)]) {
      expect(of(report, org.orgId)).toEqual([
        expect.objectContaining({
          kind: "deleted-chain",
          reason: expect.stringMatching(
            /^has no records, but checkpoint #\d+ .* covers records 1–3: the chain was deleted$/,
          ),
        }),
      ]);
    }
  });

  it("detects an edit whose later hashes were recomputed with plain SHA-256", async () => {
    const org = await orgWithRecords("atk-sha", 4);
    await editAndRecompute(org.orgId, 2, sha256KeepingKeyId);
    expect(of(await verify(org.orgId), org.orgId)).toEqual([
      expect.objectContaining({ kind: "broken", seq: 2, reason: expect.stringMatching(/^HMAC mismatch/) }),
    ]);
  });

  it("detects an edit recomputed with plain SHA-256 and passed off as legacy records", async () => {
    const tail = await orgWithRecords("atk-legacy-tail", 4);
    await editAndRecompute(tail.orgId, 2, sha256AsLegacy);
    expect(of(await verify(tail.orgId), tail.orgId)).toEqual([
      expect.objectContaining({
        kind: "broken",
        seq: 2,
        reason: expect.stringMatching(/unkeyed \(plain SHA-256\) but follows keyed records/),
      }),
    ]);
    // The whole chain rewritten as legacy: its first record was checkpointed when the chain began.
    const whole = await orgWithRecords("atk-legacy-all", 4);
    await editAndRecompute(whole.orgId, 1, sha256AsLegacy);
    for (const report of [await verify(whole.orgId), await publicOnly(whole.orgId)]) {
      expect(of(report, whole.orgId)).toEqual([
        expect.objectContaining({
          kind: "checkpoint-mismatch",
          seq: 1,
          reason: expect.stringMatching(
            /^record 1 does not match checkpoint #\d+ .*: it was rewritten after it was checkpointed$/,
          ),
        }),
      ]);
    }
  });

  it("detects an edit recomputed with HMAC under a wrong key; the public key alone cannot, and says so", async () => {
    const org = await orgWithRecords("atk-hmac", 4);
    await editAndRecompute(org.orgId, 2, hmacWithWrongKey());
    expect(of(await verify(org.orgId), org.orgId)).toEqual([
      expect.objectContaining({ kind: "broken", seq: 2, reason: expect.stringMatching(/^HMAC mismatch/) }),
    ]);
    const outside = await publicOnly(org.orgId);
    expect(of(outside, org.orgId)).toEqual([]);
    expect(outside.chains.find((c) => c.chain === org.orgId)).toMatchObject({ macChecked: 0, macUnchecked: 4 });
    expect(outside.notChecked.join("\n")).toMatch(/Record contents \(HMAC\) of \d+ keyed record\(s\): no master key/);
  });

  it("detects a deleted checkpoint: a gap in the numbering, or the newest ones kept in the exported file", async () => {
    const org = await orgWithRecords("atk-cp", 2);
    const [first] = await checkpointMovedChains(db, [org.orgId]);
    await register(org.actors.holder, apiKeyInput(org, "atk_cp_2", "v"));
    const [middle] = await checkpointMovedChains(db, [org.orgId]);
    await register(org.actors.holder, apiKeyInput(org, "atk_cp_3", "v"));
    const [newest] = await checkpointMovedChains(db, [org.orgId]);
    expect([first!.chainSeq, middle!.chainSeq, newest!.chainSeq]).toEqual([2, 3, 4]);
    const file = path.join(dir, "checkpoints.jsonl");
    await exportCheckpoints(db, file);
    const restore = async (rows: Awaited<ReturnType<typeof db.auditCheckpoint.findMany>>) => {
      for (const row of rows) await db.auditCheckpoint.create({ data: row });
    };

    const removed = await db.auditCheckpoint.findMany({ where: { seq: middle!.seq } });
    await db.auditCheckpoint.deleteMany({ where: { seq: middle!.seq } });
    try {
      const gap = (await publicOnly(org.orgId)).breaks.filter((b) => b.kind === "checkpoint-missing");
      expect(gap).toEqual([
        expect.objectContaining({
          checkpoint: middle!.seq,
          reason: `checkpoint(s) #${middle!.seq} are missing from the database: deleted`,
        }),
      ]);
    } finally {
      await restore(removed);
    }

    // The newest checkpoint and the record it covers, both gone: only the exported copy tells.
    const newestRows = await db.auditCheckpoint.findMany({ where: { seq: newest!.seq } });
    const lastRecord = await db.auditEvent.findMany({ where: { chain: org.orgId, seq: 4 } });
    await db.auditCheckpoint.deleteMany({ where: { seq: newest!.seq } });
    await db.auditEvent.deleteMany({ where: { chain: org.orgId, seq: 4 } });
    try {
      const withoutFile = await publicOnly(org.orgId);
      expect(of(withoutFile, org.orgId)).toEqual([]);
      expect(withoutFile.notChecked.join("\n")).toMatch(
        /Deletion of the newest checkpoints .*: no exported checkpoint file given/,
      );
      const withFile = await publicOnly(org.orgId, file);
      expect(withFile.breaks.filter((b) => b.kind === "checkpoint-missing")).toEqual([
        expect.objectContaining({
          reason:
            `checkpoint(s) #${newest!.seq} are in the exported file but not in the database: ` +
            "the newest checkpoints were deleted",
        }),
      ]);
      expect(of(withFile, org.orgId)).toEqual([expect.objectContaining({ kind: "truncated", seq: 4 })]);
    } finally {
      await db.auditEvent.createMany({ data: lastRecord });
      await restore(newestRows);
    }
    expect((await publicOnly(org.orgId, file)).breaks.filter((b) => b.chain === org.orgId || !b.chain)).toEqual([]);
  });

  it("detects a forged checkpoint", async () => {
    const org = await orgWithRecords("atk-forge", 2);
    const [cp] = await checkpointMovedChains(db, [org.orgId]);
    await db.auditCheckpoint.update({ where: { seq: cp!.seq }, data: { chainSeq: 1 } });
    try {
      expect((await publicOnly(org.orgId)).breaks.filter((b) => b.checkpoint === cp!.seq)).toEqual([
        expect.objectContaining({
          kind: "checkpoint-invalid",
          reason: `checkpoint #${cp!.seq} was altered: its hash does not match its fields`,
        }),
      ]);
    } finally {
      await db.auditCheckpoint.update({ where: { seq: cp!.seq }, data: { chainSeq: cp!.chainSeq } });
    }
  });

  it("audit:verify prints each finding and what it could not check, with exit codes", async () => {
    const org = await orgWithRecords("atk-cli", 3);
    await checkpointMovedChains(db, [org.orgId]);
    await db.auditEvent.deleteMany({ where: { chain: org.orgId, seq: 3 } });
    const pub = path.join(dir, "audit.pub");
    writeFileSync(pub, publicKeyPem(auditConfig().signer!.publicKey));
    const root = path.join(import.meta.dirname, "../..");
    const cli = (...args: string[]) =>
      spawnSync(
        path.join(root, "node_modules/.bin/tsx"),
        ["--conditions=react-server", path.join(root, "scripts/audit-verify.ts"), ...args],
        {
          cwd: root,
          env: { ...process.env, STRONGROOM_AUDIT_SIGNING_KEY: "" },
          encoding: "utf8",
        },
      );
    const run = cli("--public-key", pub, "--no-master-key");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`TRUNCATED: chain ${org.orgId}: ends at record 2, but checkpoint #`);
    expect(run.stderr).toMatch(/Not checked:\n {2}- Record contents \(HMAC\) of \d+ keyed record\(s\): no master key/);
    expect(run.stderr).toContain("Result: TAMPERING DETECTED.");
    const bad = cli("--public-key");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("audit:verify: --public-key needs a file name");
  });
});
