import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "../env/index.ts";

export const DEFAULT_FROM = "Strongroom <no-reply@localhost>";

export type Mail = { to: string; subject: string; text: string };
export type SendMail = (mail: Mail) => Promise<void>;

let cached: { url: string; transport: Transporter } | undefined;

/** A sender over SMTP_URL (From: SMTP_FROM or the default), or null when SMTP is not configured. */
export function smtpSender(): SendMail | null {
  const { SMTP_URL, SMTP_FROM } = env();
  if (!SMTP_URL) return null;
  if (cached?.url !== SMTP_URL) {
    // Short timeouts: a slow or dead server delays only the delivery step, never the sweep.
    const transport = nodemailer.createTransport(SMTP_URL, {
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    } as Parameters<typeof nodemailer.createTransport>[1]);
    cached = { url: SMTP_URL, transport };
  }
  const transport = cached.transport;
  return async (mail) => {
    await transport.sendMail({ from: SMTP_FROM ?? DEFAULT_FROM, to: mail.to, subject: mail.subject, text: mail.text });
  };
}
