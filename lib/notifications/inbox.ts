import "server-only";
import { db } from "../db/index.ts";
import { NotFoundError } from "../errors/index.ts";

export type NotificationItem = {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
};

type Reader = { userId: string; orgId: string };
const PAGE_SIZE = 50;

/** The reader's notifications in the organization, newest first (unread first within a page is the page's job). */
export async function listNotifications(reader: Reader, opts: { page?: number; unreadOnly?: boolean } = {}) {
  const where = { userId: reader.userId, orgId: reader.orgId, ...(opts.unreadOnly ? { readAt: null } : {}) };
  const page = Math.max(1, opts.page ?? 1);
  const [items, total] = await Promise.all([
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, kind: true, title: true, body: true, link: true, createdAt: true, readAt: true },
    }),
    db.notification.count({ where }),
  ]);
  return { items: items as NotificationItem[], total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** Unread notifications of the reader in the organization (the bell's count). */
export function unreadCount(reader: Reader): Promise<number> {
  return db.notification.count({ where: { userId: reader.userId, orgId: reader.orgId, readAt: null } });
}

/** Marks one of the reader's own notifications read; anyone else's is "not found". */
export async function markRead(reader: Reader, id: string, now = new Date()): Promise<void> {
  const { count } = await db.notification.updateMany({
    where: { id, userId: reader.userId, orgId: reader.orgId },
    data: { readAt: now },
  });
  if (count === 0) throw new NotFoundError("Notification not found.");
}

export async function markAllRead(reader: Reader, now = new Date()): Promise<number> {
  const { count } = await db.notification.updateMany({
    where: { userId: reader.userId, orgId: reader.orgId, readAt: null },
    data: { readAt: now },
  });
  return count;
}
