import "server-only";
import { db } from "../db/index.ts";
import { hasOrgPermission, type UserActor } from "../authz/index.ts";
import { ForbiddenError } from "../errors/index.ts";
import { MAX_ATTEMPTS } from "./deliver.ts";

export type OutboxItem = {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: Date;
  sentAt: Date | null;
  attempts: number;
  lastError: string | null;
  state: "sent" | "pending" | "retrying" | "failed";
};

const PAGE_SIZE = 50;

/** The organization's mail (sent and unsent), newest first — Account Holders and Managers (outbox.read). */
export async function listOutbox(actor: UserActor, opts: { page?: number } = {}) {
  if (!hasOrgPermission(actor.role, "outbox.read"))
    throw new ForbiddenError("Only Account Holders and Managers can read the outbox.");
  const page = Math.max(1, opts.page ?? 1);
  const where = { orgId: actor.orgId };
  const [rows, total] = await Promise.all([
    db.outboxMail.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
    db.outboxMail.count({ where }),
  ]);
  const items: OutboxItem[] = rows.map((r) => ({
    id: r.id,
    to: r.to,
    subject: r.subject,
    text: r.text,
    createdAt: r.createdAt,
    sentAt: r.sentAt,
    attempts: r.attempts,
    lastError: r.lastError,
    state: r.sentAt ? "sent" : r.attempts >= MAX_ATTEMPTS ? "failed" : r.attempts > 0 ? "retrying" : "pending",
  }));
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}
