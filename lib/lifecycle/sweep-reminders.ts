import "server-only";
import { db } from "../db/index.ts";
import { createNotifications, type NotificationDraft } from "../notifications/create.ts";
import { deletionReminder, expiryReminder } from "../notifications/messages.ts";
import { RecipientResolver } from "../notifications/recipients.ts";
import { markGroups, orgWhere, type OrgFilter, type SettingsIndex } from "./settings-groups.ts";
import { sweepTransaction } from "./sweep-sql.ts";
import { addDays } from "../time/days.ts";

export type ReminderCounts = { deletionReminders: number; expiryReminders: number };

const SELECT = {
  id: true,
  orgId: true,
  name: true,
  scope: true,
  ownerId: true,
  workspaceId: true,
  status: true,
  deletionDueAt: true,
  expiresAt: true,
  createdAt: true,
} as const;
const PAGE = 1000;

/**
 * Sends the reminders whose day-mark (N days before a deletion or an expiration date) passed in
 * (since, now] and whose date is still ahead. One indexed range query per mark reads only those
 * secrets; the idempotency key (secret, kind, mark, date, recipient) makes each reminder once,
 * even when sweeps overlap or repeat an interval.
 */
export async function sendReminders(
  index: SettingsIndex,
  since: Date,
  now: Date,
  orgIds?: string[],
): Promise<ReminderCounts> {
  const counts: ReminderCounts = { deletionReminders: 0, expiryReminders: 0 };
  const recipients = new RecipientResolver(db);
  const window = (mark: number) => {
    const from = addDays(since, mark);
    return { gt: from > now ? from : now, lte: addDays(now, mark) };
  };
  for (const { mark, filter } of markGroups(index, (s) => s.deletionReminderDays)) {
    const where = {
      status: { in: ["INACTIVE", "SCHEDULED_FOR_DELETION"] },
      deletionDueAt: window(mark),
      AND: scoped(filter, orgIds),
    };
    counts.deletionReminders += await remind(where, { deletionDueAt: "asc" }, recipients, now, (s) => {
      const due = s.deletionDueAt!;
      return {
        message: deletionReminder(s.name, due, now, s.status === "SCHEDULED_FOR_DELETION"),
        key: `reminder:${s.id}:deletion:${mark}:${due.toISOString()}`,
      };
    });
  }
  for (const { mark, filter } of markGroups(index, (s) => s.expiryReminderDays)) {
    const where = { status: { in: ["ACTIVE", "INACTIVE"] }, expiresAt: window(mark), AND: scoped(filter, orgIds) };
    counts.expiryReminders += await remind(where, { expiresAt: "asc" }, recipients, now, (s) => {
      const at = s.expiresAt!;
      // A day-mark that passed before the secret existed is not a reminder anyone missed.
      if (addDays(at, -mark) < s.createdAt) return null;
      return { message: expiryReminder(s.name, at, now), key: `reminder:${s.id}:expiry:${mark}:${at.toISOString()}` };
    });
  }
  return counts;
}

const scoped = (filter: OrgFilter, orgIds?: string[]) => [orgWhere(filter), orgIds ? { orgId: { in: orgIds } } : {}];

type Row = {
  id: string;
  orgId: string;
  name: string;
  scope: string;
  ownerId: string | null;
  workspaceId: string | null;
  status: string;
  deletionDueAt: Date | null;
  expiresAt: Date | null;
  createdAt: Date;
};

// Ordered by the window's own date (then id), so the database walks the (status, date) index
// over the window instead of scanning the whole table in id order.
async function remind(
  where: object,
  order: { deletionDueAt: "asc" } | { expiresAt: "asc" },
  recipients: RecipientResolver,
  now: Date,
  draft: (s: Row) => Pick<NotificationDraft, "message" | "key"> | null,
): Promise<number> {
  let created = 0;
  let cursor: string | undefined;
  for (;;) {
    const page: Row[] = await db.secret.findMany({
      where,
      select: SELECT,
      orderBy: [order, { id: "asc" }],
      take: PAGE,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (page.length === 0) return created;
    const drafts: NotificationDraft[] = [];
    for (const s of page) {
      const d = draft(s);
      if (!d) continue;
      for (const recipient of await recipients.for(s))
        drafts.push({ orgId: s.orgId, secretId: s.id, recipient, personal: s.scope === "PERSONAL", ...d });
    }
    created += await sweepTransaction((tx) => createNotifications(tx, drafts, now));
    if (page.length < PAGE) return created;
    cursor = page[page.length - 1]!.id;
  }
}
