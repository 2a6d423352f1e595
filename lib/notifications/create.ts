import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "../db/index.ts";
import { bulkInsert } from "../db/bulk-insert.ts";
import { env } from "../env/index.ts";
import { insertNotifications, type NotificationRow } from "./sql.ts";
import type { Message } from "./messages.ts";
import type { Recipient } from "./recipients.ts";

export type NotificationDraft = {
  orgId: string;
  secretId: string;
  recipient: Recipient;
  message: Message;
  /** Unique per event and recipient, e.g. "reminder:<secretId>:deletion:15:<due ISO>" (user id appended). */
  key: string;
  /**
   * About a personal secret: its e-mail is kept out of the organization's outbox (which Holders
   * and Managers read), since nobody but the owner may see a personal secret's name.
   */
  personal?: boolean;
};

/**
 * Creates in-app notifications and, for each one actually created, its e-mail in the outbox
 * (sent later by the delivery step when SMTP is configured). A draft whose key exists is
 * skipped, so an event is notified once however many sweeps see it. Returns the number created.
 */
export async function createNotifications(tx: Tx, drafts: NotificationDraft[], now: Date): Promise<number> {
  if (drafts.length === 0) return 0;
  const rows: NotificationRow[] = drafts.map((d) => ({
    id: randomUUID(),
    orgId: d.orgId,
    userId: d.recipient.userId,
    kind: d.message.kind,
    secretId: d.secretId,
    title: d.message.title,
    body: d.message.body,
    link: `/secrets/${d.secretId}`,
    idempotencyKey: `${d.key}:${d.recipient.userId}`,
    createdAt: now,
  }));
  const inserted = await insertNotifications(tx, rows);
  const base = env().NEXTAUTH_URL?.replace(/\/$/, "") ?? "";
  const mails = rows.flatMap((r, i) =>
    inserted.has(r.idempotencyKey)
      ? [
          {
            id: randomUUID(),
            orgId: drafts[i]!.personal ? null : r.orgId,
            to: drafts[i]!.recipient.email,
            subject: r.title,
            text: `${r.body}\n\nOpen the secret: ${base}${r.link}\n\n— Strongroom`,
            createdAt: now,
            // Delivery runs on real time, not the test clock: send as soon as possible.
            nextAttemptAt: new Date(),
          },
        ]
      : [],
  );
  await bulkInsert(tx, "OutboxMail", ["id", "orgId", "to", "subject", "text", "createdAt", "nextAttemptAt"], mails);
  return inserted.size;
}
