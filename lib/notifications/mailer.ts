import "server-only";
import { readFileSync } from "node:fs";
import nodemailer, { type Transporter } from "nodemailer";
import SMTPTransport from "nodemailer/lib/smtp-transport/index.js";
import { ConfigError, env } from "../env/index.ts";

export const DEFAULT_FROM = "Strongroom <no-reply@localhost>";

export type Mail = { to: string; subject: string; text: string };
export type SendMail = (mail: Mail) => Promise<void>;

let cached: { key: string; transport: Transporter } | undefined;

/** The PEM certificates SMTP_CA_FILE names (a private CA or the server's self-signed certificate). */
function trustedCa(file: string | undefined): string | undefined {
  if (!file) return undefined;
  try {
    return readFileSync(file, "utf8");
  } catch (err) {
    throw new ConfigError(`SMTP_CA_FILE (${file}) cannot be read: ${(err as NodeJS.ErrnoException).code ?? "error"}`);
  }
}

/** A sender over SMTP_URL (From: SMTP_FROM or the default), or null when SMTP is not configured. */
export function smtpSender(): SendMail | null {
  const { SMTP_URL, SMTP_FROM, SMTP_CA_FILE } = env();
  if (!SMTP_URL) return null;
  const key = `${SMTP_URL}\n${SMTP_CA_FILE ?? ""}`;
  if (cached?.key !== key) {
    const ca = trustedCa(SMTP_CA_FILE);
    // Options next to the URL (its query may add more, e.g. ?requireTLS=true). Short timeouts: a
    // slow or dead server delays only the delivery step, never the sweep.
    const smtp = new SMTPTransport({
      url: SMTP_URL,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
      ...(ca ? { tls: { ca } } : {}),
    });
    const transport = nodemailer.createTransport(smtp);
    cached = { key, transport };
  }
  const transport = cached.transport;
  return async (mail) => {
    await transport.sendMail({ from: SMTP_FROM ?? DEFAULT_FROM, to: mail.to, subject: mail.subject, text: mail.text });
  };
}

/**
 * A refusal that will not change on retry: the server answered 5xx to the envelope or the message
 * (e.g. 550 mailbox unavailable). A 4xx (421, 451 ...), a network error or a failed login (a
 * configuration the administrator can fix) is tried again.
 */
export function isPermanentFailure(e: unknown): boolean {
  const { responseCode, code } = (e ?? {}) as { responseCode?: unknown; code?: unknown };
  return typeof responseCode === "number" && responseCode >= 500 && responseCode < 600 && code !== "EAUTH";
}
