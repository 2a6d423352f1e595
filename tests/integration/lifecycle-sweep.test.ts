// The lifecycle engine on a real database: a run of the clock through days 10 … 60 with the
// sweep, checking statuses, dates, reminders (exactly one per day-mark and recipient), use
// during the grace period, scheduled deletion, expiry, and the key material of deletions.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/index.ts";
import { UnusableSecretError } from "../../lib/errors/index.ts";
import { resolveSecret } from "../../lib/secrets/index.ts";
import { scheduleDeletionTransition } from "../../lib/lifecycle/transitions.ts";
import { apiKeyInput, env, orgFixture, type OrgFixture } from "../support/org.ts";
import {
  auditActions,
  dayZero,
  freshCursor,
  registerAt,
  reminderCounts,
  statusOf,
  timeline,
} from "../support/lifecycle.ts";

let org: OrgFixture;
const t0 = dayZero();
const { at, sweepAt } = timeline(t0);
const ids: Record<string, string> = {};
const prod = () => env(org, "Production");

beforeAll(async () => {
  org = await orgFixture("life");
  await freshCursor();
  const reg = (name: string, extra = {}) =>
    registerAt(org.actors.holder, apiKeyInput(org, name, `value-${name}`, extra), t0).then((s) => (ids[name] = s.id));
  await reg("left_unused");
  await reg("used_in_grace");
  await reg("used_on_day_20");
  await reg("expires_day_40", { expiresAt: at(40).toISOString() });
  await reg("scheduled_day_1");
  const personal = await registerAt(
    org.actors.member1,
    { ...apiKeyInput(org, "my_token", "v"), scope: "PERSONAL", availability: undefined },
    t0,
  );
  ids.personal = personal.id;
  const scheduled = await db.secret.findUniqueOrThrow({ where: { id: ids.scheduled_day_1! } });
  await db.secret.update({
    where: { id: scheduled.id },
    data: scheduleDeletionTransition(scheduled, { graceDays: 30 }, at(1)).data,
  });
});

describe("a run of the clock through 60 days", () => {
  it("day 10 – 20: nothing due; a use starts a new inactivity period", async () => {
    await sweepAt(10);
    await resolveSecret(org.actors.holder, ids.used_on_day_20!, prod(), { now: at(20) });
    expect((await statusOf(ids.left_unused!)).status).toBe("ACTIVE");
    // Expiry in 40 days: the 30-day mark (day 10) has passed.
    expect(await reminderCounts(ids.expires_day_40!)).toEqual({ "expiry:30": [1, 1] });
  });

  it("day 30: unused secrets become Inactive, deletion due 30 days later", async () => {
    const report = await sweepAt(30);
    expect(report.inactivated).toBeGreaterThanOrEqual(3);
    const s = await statusOf(ids.left_unused!);
    expect(s).toMatchObject({ status: "INACTIVE", inactiveSince: at(30), deletionDueAt: at(60) });
    expect((await statusOf(ids.used_on_day_20!)).status).toBe("ACTIVE");
    expect((await statusOf(ids.personal!)).status).toBe("INACTIVE");
    expect(await auditActions(ids.left_unused!)).toEqual(["secret.create", "secret.inactive"]);
  });

  it("day 31: a scheduled deletion happens on its day; keys destroyed, name freed, tombstone kept", async () => {
    await sweepAt(31);
    const s = await statusOf(ids.scheduled_day_1!);
    expect(s).toMatchObject({ status: "DELETED", liveName: null, deletedAt: at(31) });
    const values = await db.secretValueVersion.findMany({ where: { secretId: ids.scheduled_day_1! } });
    expect(values.every((v) => v.ciphertext === null && v.wrappedKey === null && v.destroyedAt !== null)).toBe(true);
    expect(await reminderCounts(ids.scheduled_day_1!)).toEqual({
      "deletion:15": [1, 1],
      "deletion:10": [1, 1],
      "deletion:1": [1, 1],
    });
  });

  it("day 33 – 45: expiry reminders at 7 and 1 days, Expired on the date and refusing use", async () => {
    await sweepAt(33);
    await sweepAt(39);
    await sweepAt(40);
    expect(await reminderCounts(ids.expires_day_40!)).toEqual({
      "expiry:30": [1, 1],
      "expiry:7": [1, 1],
      "expiry:1": [1, 1],
    });
    expect((await statusOf(ids.expires_day_40!)).status).toBe("EXPIRED");
    const refused = resolveSecret(org.actors.holder, ids.expires_day_40!, prod(), { now: at(41) });
    await expect(refused).rejects.toBeInstanceOf(UnusableSecretError);
    await expect(refused).rejects.toThrow(
      `The secret "expires_day_40" expired on ${at(40).toISOString().slice(0, 10)} and cannot be used.`,
    );
    await sweepAt(45);
    expect(await reminderCounts(ids.left_unused!)).toEqual({ "deletion:15": [1, 1] });
    // A personal secret's reminders go to its owner alone.
    const personal = await db.notification.findMany({ where: { secretId: ids.personal! } });
    expect(personal.map((n) => n.userId)).toEqual([org.users.member1.id]);
    // …and its e-mail stays out of the organization's outbox that Holders and Managers read.
    expect(await db.outboxMail.count({ where: { to: org.users.member1.email, orgId: null } })).toBeGreaterThan(0);
    expect(await db.outboxMail.count({ where: { orgId: org.orgId, subject: { contains: "my_token" } } })).toBe(0);
  });

  it("day 50 – 59: reminders at 10 and 1 days; a use during the grace period reactivates and notifies", async () => {
    await sweepAt(50);
    await sweepAt(50.5);
    await sweepAt(59);
    expect(await reminderCounts(ids.left_unused!)).toEqual({
      "deletion:15": [1, 1],
      "deletion:10": [1, 1],
      "deletion:1": [1, 1],
    });
    await resolveSecret(org.actors.holder, ids.used_in_grace!, prod(), { now: at(59.5) });
    expect(await statusOf(ids.used_in_grace!)).toMatchObject({
      status: "ACTIVE",
      inactiveSince: null,
      deletionDueAt: null,
    });
    const notified = await db.notification.findMany({
      where: { secretId: ids.used_in_grace!, kind: "SECRET_REACTIVATED" },
    });
    expect(notified.map((n) => n.userId).sort()).toEqual([org.users.holder.id, org.users.manager.id].sort());
    expect(await db.outboxMail.count({ where: { orgId: org.orgId, subject: '"used_in_grace" is Active again' } })).toBe(
      2,
    );
  });

  it("day 60: the automatic deletion happens; the reactivated secret is kept", async () => {
    const report = await sweepAt(60);
    expect(report.deleted).toBeGreaterThanOrEqual(1);
    expect((await statusOf(ids.left_unused!)).status).toBe("DELETED");
    expect((await statusOf(ids.used_in_grace!)).status).toBe("ACTIVE");
    expect(await auditActions(ids.left_unused!)).toEqual(["secret.create", "secret.inactive", "secret.delete"]);
    await expect(resolveSecret(org.actors.holder, ids.left_unused!, prod(), { now: at(60) })).rejects.toThrow();
  });

  it("repeating sweeps changes nothing and sends nothing more", async () => {
    const before = await db.notification.count({ where: { orgId: org.orgId } });
    const report = await sweepAt(60);
    expect(await db.notification.count({ where: { orgId: org.orgId } })).toBe(before);
    expect(report.deletionReminders + report.expiryReminders).toBe(0);
  });
});

describe("tombstones", () => {
  it("are purged 30 days after deletion", async () => {
    await sweepAt(60.9);
    expect(await db.secret.count({ where: { id: ids.scheduled_day_1! } })).toBe(1);
    const report = await sweepAt(61);
    expect(report.purged).toBeGreaterThanOrEqual(1);
    expect(await db.secret.count({ where: { id: ids.scheduled_day_1! } })).toBe(0);
    expect(await db.secretValueVersion.count({ where: { secretId: ids.scheduled_day_1! } })).toBe(0);
  });
});

describe("the clock run through days 30, 45, 59 and 60 with two sweeps at a time", () => {
  it("gives exactly one reminder per day-mark and recipient, and deletes on day 60", async () => {
    const run = await orgFixture("run");
    const t = dayZero();
    const line = timeline(t);
    await freshCursor();
    const s = await registerAt(run.actors.manager, apiKeyInput(run, "quiet_key", "v"), t);
    for (const day of [30, 45, 59]) await Promise.all([line.sweepAt(day), line.sweepAt(day)]);
    expect(await statusOf(s.id)).toMatchObject({ status: "INACTIVE", deletionDueAt: line.at(60) });
    expect(await reminderCounts(s.id)).toEqual({ "deletion:15": [1, 1], "deletion:10": [1, 1], "deletion:1": [1, 1] });
    await Promise.all([line.sweepAt(60), line.sweepAt(60)]);
    expect((await statusOf(s.id)).status).toBe("DELETED");
    expect((await auditActions(s.id)).filter((a) => a === "secret.delete")).toHaveLength(1);
    expect(await db.outboxMail.count({ where: { orgId: run.orgId } })).toBe(6);
  });
});
