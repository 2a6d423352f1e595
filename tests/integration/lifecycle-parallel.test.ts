// The sweep over thousands of secrets, two sweeps at a time (on PostgreSQL they claim rows
// concurrently with SKIP LOCKED; on SQLite the single writer serializes them): every
// transition and every reminder happens exactly once, rows not due are never touched, and a
// sweep stopped half-way leaves consistent data that the next sweep completes.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/index.ts";
import { orgFixture, type OrgFixture } from "../support/org.ts";
import { dayZero, freshCursor, timeline } from "../support/lifecycle.ts";

const IDLE = 2000;
const RECENT = 1000;
const SCHEDULED = 500;
let org: OrgFixture;
const t0 = dayZero();
const { at, sweepAt } = timeline(t0);
const both = (days: number) => Promise.all([sweepAt(days), sweepAt(days)]);
const audits = (action: string) => db.auditEvent.count({ where: { orgId: org.orgId, action } });
const byStatus = (status: string) => db.secret.count({ where: { orgId: org.orgId, status } });
const managers = 2;

beforeAll(async () => {
  org = await orgFixture("bulk");
  await freshCursor();
  const row = (i: number, extra: object) => ({
    orgId: org.orgId,
    scope: "ORGANIZATION",
    availability: "ORGANIZATION",
    type: "API_KEY",
    name: `bulk_${i}`,
    liveName: `bulk_${i}`,
    scopeKey: "org",
    createdAt: t0,
    idleSince: t0,
    ...extra,
  });
  const rows = [
    ...Array.from({ length: IDLE }, (_, i) => row(i, {})),
    ...Array.from({ length: RECENT }, (_, i) => row(IDLE + i, { idleSince: at(25) })),
    ...Array.from({ length: SCHEDULED }, (_, i) =>
      row(IDLE + RECENT + i, { status: "SCHEDULED_FOR_DELETION", deletionScheduledAt: t0, deletionDueAt: at(20) }),
    ),
  ];
  for (let i = 0; i < rows.length; i += 500) await db.secret.createMany({ data: rows.slice(i, i + 500) });
}, 120_000);

describe("parallel sweeps over thousands of secrets", () => {
  it("send each deletion reminder once per day-mark and recipient, with one e-mail each", async () => {
    await both(19);
    const reminders = await db.notification.count({ where: { orgId: org.orgId, kind: "DELETION_REMINDER" } });
    expect(reminders).toBe(SCHEDULED * 3 * managers);
    expect(await db.outboxMail.count({ where: { orgId: org.orgId } })).toBe(reminders);
    await both(19.5);
    expect(await db.notification.count({ where: { orgId: org.orgId } })).toBe(reminders);
  });

  it("delete each scheduled secret once, on its day", async () => {
    await both(20);
    expect(await byStatus("DELETED")).toBe(SCHEDULED);
    expect(await audits("secret.delete")).toBe(SCHEDULED);
  });

  it("make each idle secret Inactive once and leave the others untouched", async () => {
    const [a, b] = await both(30);
    expect(a.inactivated + b.inactivated).toBeGreaterThanOrEqual(IDLE);
    expect(await byStatus("INACTIVE")).toBe(IDLE);
    expect(await audits("secret.inactive")).toBe(IDLE);
    expect(await db.secret.count({ where: { orgId: org.orgId, status: "ACTIVE", version: 1 } })).toBe(RECENT);
  });

  it("remind at 15 days before the automatic deletion, exactly once each", async () => {
    await both(45);
    const keys = await db.notification.findMany({
      where: { orgId: org.orgId, idempotencyKey: { contains: ":deletion:15:" } },
      select: { secretId: true },
    });
    const perSecret = new Map<string, number>();
    for (const k of keys) perSecret.set(k.secretId!, (perSecret.get(k.secretId!) ?? 0) + 1);
    expect(perSecret.size).toBe(SCHEDULED + IDLE);
    expect([...perSecret.values()].every((n) => n === managers)).toBe(true);
  });

  it("leave consistent data when stopped half-way, and the next sweep finishes", async () => {
    // By day 60 the recently used secrets are Inactive too (since day 55) and the idle ones due.
    const transitions = async () => (await audits("secret.inactive")) + (await audits("secret.delete"));
    const before = await transitions();
    const stop = new AbortController();
    await expect(sweepAt(60, { batchSize: 300, signal: stop.signal, onBatch: () => stop.abort() })).rejects.toThrow();
    expect(await transitions()).toBe(before + 300);
    // Every secret is either untouched or fully transitioned, with its audit record.
    expect(await audits("secret.inactive")).toBe(
      (await byStatus("INACTIVE")) + (await byStatus("DELETED")) - SCHEDULED,
    );
    expect(await audits("secret.delete")).toBe(await byStatus("DELETED"));
    const [a, b] = await both(60);
    // The scheduled ones, deleted on day 20, are purged 30 days later: their tombstones go.
    // The sweep's counts cover every organization in the shared test database (an earlier
    // file's tombstones may fall due by day 60 too); the per-organization audit count is exact.
    expect(a.purged + b.purged).toBeGreaterThanOrEqual(SCHEDULED);
    expect(await audits("secret.purge")).toBe(SCHEDULED);
    expect(await db.secret.count({ where: { orgId: org.orgId, status: "DELETED", purgeAt: { lte: at(60) } } })).toBe(0);
    expect(await byStatus("DELETED")).toBe(IDLE);
    expect(await byStatus("INACTIVE")).toBe(RECENT);
    expect(await audits("secret.delete")).toBe(SCHEDULED + IDLE);
    expect(await audits("secret.inactive")).toBe(IDLE + RECENT);
    expect(await db.secret.count({ where: { orgId: org.orgId, status: "DELETED", liveName: { not: null } } })).toBe(0);
  });
});
