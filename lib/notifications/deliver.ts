import "server-only";
import { db } from "../db/index.ts";
import { claimMail } from "./sql.ts";
import { isPermanentFailure, smtpSender, type SendMail } from "./mailer.ts";

export const MAX_ATTEMPTS = 8;
const LEASE_MS = 10 * 60_000;

/** Wait before the next attempt after `attempts` failures: 1, 2, 4 … minutes, at most 6 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3_600_000);
}

export type DeliveryResult = { configured: boolean; sent: number; failed: number };

/**
 * Sends outbox mail that is due, when SMTP is configured. Each row is claimed (with a lease, so
 * parallel instances do not send it twice), then marked sent, or given its error and a later
 * attempt with exponential backoff; after MAX_ATTEMPTS, or at once when the server refuses it
 * for good (5xx), it stays unsent in the outbox with its last error. Runs on real time and apart from the sweep, so a slow mail server never blocks it.
 */
export async function deliverOutbox(
  opts: { send?: SendMail | null; limit?: number; now?: Date } = {},
): Promise<DeliveryResult> {
  const send = opts.send === undefined ? smtpSender() : opts.send;
  if (!send) return { configured: false, sent: 0, failed: 0 };
  const now = opts.now ?? new Date();
  const batch = await db.$transaction((tx) =>
    claimMail(tx, now, new Date(now.getTime() + LEASE_MS), MAX_ATTEMPTS, opts.limit ?? 50),
  );
  let sent = 0;
  let failed = 0;
  for (const mail of batch) {
    try {
      await send(mail);
      await db.outboxMail.update({ where: { id: mail.id }, data: { sentAt: new Date(), lastError: null } });
      sent++;
    } catch (e) {
      failed++;
      const message = e instanceof Error ? `${e.name}: ${e.message}` : "send failed";
      await db.outboxMail.update({
        where: { id: mail.id },
        data: {
          lastError: message.slice(0, 500),
          nextAttemptAt: new Date(now.getTime() + retryDelayMs(mail.attempts)),
          ...(isPermanentFailure(e) ? { attempts: MAX_ATTEMPTS } : {}),
        },
      });
    }
  }
  return { configured: true, sent, failed };
}
