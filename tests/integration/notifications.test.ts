// Notifications and mail: a reader only ever sees and marks their own notifications; the outbox
// is for Holders and Managers; the backoff arithmetic of delivery (with an injected sender; real
// delivery through an SMTP server is in mail-smtp.test.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/index.ts";
import { ForbiddenError, NotFoundError } from "../../lib/errors/index.ts";
import { createNotifications } from "../../lib/notifications/create.ts";
import { deliverOutbox, MAX_ATTEMPTS, retryDelayMs } from "../../lib/notifications/deliver.ts";
import { listNotifications, listOutbox, markAllRead, markRead, unreadCount } from "../../lib/notifications/index.ts";
import { deletionReminder } from "../../lib/notifications/messages.ts";
import { orgFixture, type OrgFixture } from "../support/org.ts";
import { DAY_MS } from "../../lib/time/days.ts";

let org: OrgFixture;
const reader = () => ({ userId: org.users.manager.id, orgId: org.orgId });

beforeAll(async () => {
  org = await orgFixture("notif");
  const now = new Date();
  const due = new Date(now.getTime() + 15 * DAY_MS);
  const recipients = [org.users.holder, org.users.manager].map((u) => ({ userId: u.id, email: u.email }));
  await db.$transaction((tx) =>
    createNotifications(
      tx,
      ["a_key", "b_key"].flatMap((name) =>
        recipients.map((recipient) => ({
          orgId: org.orgId,
          secretId: `sec_${name}`,
          recipient,
          message: deletionReminder(name, due, now, true),
          key: `test:${org.orgId}:${name}`,
        })),
      ),
      now,
    ),
  );
});

describe("notifications", () => {
  it("are listed and counted per reader, newest first", async () => {
    expect(await unreadCount(reader())).toBe(2);
    const list = await listNotifications(reader());
    expect(list.items.map((n) => n.title).sort()).toEqual([
      '"a_key" will be deleted in 15 days',
      '"b_key" will be deleted in 15 days',
    ]);
    expect(list.items[0]!.link).toMatch(/^\/secrets\/sec_/);
  });

  it("are marked read only by their reader", async () => {
    const [first] = (await listNotifications(reader())).items;
    await expect(markRead({ userId: org.users.holder.id, orgId: org.orgId }, first!.id)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await markRead(reader(), first!.id);
    expect(await unreadCount(reader())).toBe(1);
    expect(await markAllRead(reader())).toBe(1);
    expect(await unreadCount(reader())).toBe(0);
    expect(await unreadCount({ userId: org.users.holder.id, orgId: org.orgId })).toBe(2);
  });

  it("create one e-mail each in the outbox, readable by Holders and Managers only", async () => {
    const outbox = await listOutbox(org.actors.manager);
    expect(outbox.total).toBe(4);
    expect(outbox.items.every((m) => m.state === "pending")).toBe(true);
    await expect(listOutbox(org.actors.member1)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("mail delivery", () => {
  const mine = () => db.outboxMail.findMany({ where: { orgId: org.orgId } });

  // Delivery takes the oldest due mail first: mail left unsent by earlier files (thousands, from
  // the sweep tests) is marked sent so that this file's four messages are the only ones due.
  beforeAll(async () => {
    await db.outboxMail.updateMany({
      where: { sentAt: null, NOT: { orgId: org.orgId } },
      data: { sentAt: new Date() },
    });
  });

  it("does nothing without SMTP: mail stays in the outbox", async () => {
    expect(await deliverOutbox({ send: null })).toEqual({ configured: false, sent: 0, failed: 0 });
  });

  it("retries failed sends with growing delays, then gives up keeping the last error", async () => {
    let now = new Date();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await deliverOutbox({ send: async () => Promise.reject(new Error("421 try later")), now, limit: 1000 });
      const rows = await mine();
      expect(
        rows.every((m) => m.attempts === attempt && m.sentAt === null && m.lastError === "Error: 421 try later"),
      ).toBe(true);
      expect(rows.every((m) => m.nextAttemptAt.getTime() === now.getTime() + retryDelayMs(attempt))).toBe(true);
      now = new Date(now.getTime() + retryDelayMs(attempt) + 1_000);
    }
    const sent: string[] = [];
    await deliverOutbox({
      send: async (m) => void sent.push(m.to),
      now: new Date(now.getTime() + 30 * DAY_MS),
      limit: 1000,
    });
    expect(sent.filter((to) => to.endsWith(`${org.slug}.test`))).toEqual([]);
    expect((await listOutbox(org.actors.holder)).items.every((m) => m.state === "failed")).toBe(true);
  });

  it("backs off 1, 2, 4 … minutes, at most 6 hours", () => {
    expect([1, 2, 3, 10, 20].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 6 * 3_600_000, 6 * 3_600_000]);
  });
});
