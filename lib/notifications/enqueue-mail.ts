// One e-mail into the outbox (OutboxMail): sent by deliverOutbox when SMTP is configured,
// otherwise readable by administrators in Settings → Outbox. Used for invitations and
// membership notices; lifecycle reminders use createNotifications.
import "server-only";
import type { Tx } from "../db/index.ts";
import { env } from "../env/index.ts";

export type OutgoingMail = { orgId: string | null; to: string; subject: string; text: string };

export async function enqueueMail(tx: Tx, mail: OutgoingMail): Promise<string> {
  const row = await tx.outboxMail.create({
    data: {
      orgId: mail.orgId,
      to: mail.to,
      subject: mail.subject.slice(0, 300),
      text: mail.text,
      nextAttemptAt: new Date(),
    },
    select: { id: true },
  });
  return row.id;
}

/** The portal's public address (NEXTAUTH_URL), or `fallback` (from the request) without a trailing slash. */
export function portalBaseUrl(fallback: string | null): string {
  return (env().NEXTAUTH_URL ?? fallback ?? "").replace(/\/+$/, "");
}
