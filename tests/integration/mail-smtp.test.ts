// Mail through a real SMTP server (tests/support/smtp-server.ts, STARTTLS + AUTH) with nodemailer,
// configured by SMTP_URL / SMTP_FROM / SMTP_CA_FILE exactly as in production: the reminders of
// the sweep and an invitation arrive as written in the outbox; 421/451 are retried with backoff,
// 550 gives up at once keeping the server's reason; an untrusted certificate is never used.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/index.ts";
import { resetEnvCache } from "../../lib/env/index.ts";
import { scheduleDeletionTransition } from "../../lib/lifecycle/transitions.ts";
import { inviteMember } from "../../lib/members/index.ts";
import { inviteMemberSchema } from "../../lib/members/schema.ts";
import { deliverOutbox, MAX_ATTEMPTS, retryDelayMs } from "../../lib/notifications/deliver.ts";
import { listOutbox } from "../../lib/notifications/index.ts";
import { dayZero, freshCursor, registerAt, timeline } from "../support/lifecycle.ts";
import { apiKeyInput, orgFixture, type OrgFixture } from "../support/org.ts";
import { startSmtpServer, type LocalSmtpServer } from "../support/smtp-server.ts";

const BASE = "https://vault.mail.test";
const FROM = "Strongroom Vault <vault@mail.test>";
const VALUES = ["db-password-value-8Hq2", "api-key-value-Zt91"];
let smtp: LocalSmtpServer;
let org: OrgFixture;
const t0 = dayZero();
const { at, sweepAt } = timeline(t0);
const saved = { ...process.env };

function configureSmtp(o: { url?: string; ca?: boolean } = {}) {
  process.env.SMTP_URL = o.url ?? smtp.url();
  process.env.SMTP_FROM = FROM;
  if (o.ca === false) delete process.env.SMTP_CA_FILE;
  else process.env.SMTP_CA_FILE = smtp.caFile;
  resetEnvCache();
}

const invite = (email: string) =>
  inviteMember(org.actors.holder, inviteMemberSchema.parse({ orgId: org.orgId, email, role: "MEMBER" }), {
    baseUrl: BASE,
  });
const rowTo = (to: string) => db.outboxMail.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
const receivedBy = (to: string) => smtp.received.filter((m) => m.envelopeTo.includes(to));

beforeAll(async () => {
  smtp = await startSmtpServer();
  org = await orgFixture("mail");
  // Only this file's mail is due: what earlier files left unsent is marked sent.
  await db.outboxMail.updateMany({ where: { sentAt: null }, data: { sentAt: new Date() } });
  await freshCursor();
  const scheduled = await registerAt(org.actors.holder, apiKeyInput(org, "db_password", VALUES[0]!), t0);
  const row = await db.secret.findUniqueOrThrow({ where: { id: scheduled.id } });
  await db.secret.update({
    where: { id: row.id },
    data: scheduleDeletionTransition(row, { graceDays: 30 }, at(1)).data,
  });
  await registerAt(org.actors.holder, apiKeyInput(org, "api_key", VALUES[1]!, { expiresAt: at(40).toISOString() }), t0);
  await sweepAt(16); // deletion due on day 31: the 15-day reminder; expiry on day 40: the 30-day one
  await invite("newcomer@mail.test");
  // The sweep ran for every organization at a later time: reminders it made for earlier files'
  // secrets are not this file's mail.
  await db.outboxMail.updateMany({
    where: { sentAt: null, OR: [{ orgId: null }, { orgId: { not: org.orgId } }] },
    data: { sentAt: new Date() },
  });
});

afterAll(async () => {
  process.env = saved;
  resetEnvCache();
  await smtp.close();
});

describe("delivery through SMTP", () => {
  it("sends a deletion reminder, an expiry reminder and an invitation over STARTTLS with AUTH", async () => {
    configureSmtp();
    const rows = await db.outboxMail.findMany({ where: { orgId: org.orgId, sentAt: null } });
    const subjects = rows.map((r) => r.subject);
    expect(subjects).toContain('"db_password" will be deleted in 15 days');
    expect(subjects).toContain('"api_key" expires in 24 days');
    expect(subjects).toContain(
      `You are invited to ${(await db.organization.findUniqueOrThrow({ where: { id: org.orgId } })).name} on Strongroom`,
    );

    const result = await deliverOutbox({ limit: 1000 });
    expect(result).toEqual({ configured: true, sent: rows.length, failed: 0 });
    expect(smtp.received).toHaveLength(rows.length);
    for (const row of rows) {
      const [mail] = smtp.received.filter((m) => m.envelopeTo.includes(row.to) && m.parsed.subject === row.subject);
      expect(mail, `${row.to}: ${row.subject}`).toBeDefined();
      expect(mail!.parsed.from?.value).toEqual([{ address: "vault@mail.test", name: "Strongroom Vault" }]);
      expect(mail!.parsed.to).toMatchObject({ value: [{ address: row.to }] });
      expect(mail!.parsed.text?.trim()).toBe(row.text.trim());
      expect(mail).toMatchObject({ secure: true, user: "strongroom", authMethod: "PLAIN" });
    }
    const deletion = smtp.received.find((m) => m.parsed.subject?.includes("db_password"))!;
    expect(deletion.parsed.text).toContain(`scheduled for deletion on ${at(31).toISOString().slice(0, 10)}`);
    expect(deletion.parsed.text).toMatch(/Open the secret: \S*\/secrets\/\S+/);
    const expiry = smtp.received.find((m) => m.parsed.subject?.includes("api_key"))!;
    expect(expiry.parsed.text).toContain(`expires on ${at(40).toISOString().slice(0, 10)}`);
    const [invitation] = receivedBy("newcomer@mail.test");
    expect(invitation!.parsed.text).toMatch(
      new RegExp(`Accept the invitation: ${BASE}/invitations/inv_[A-Za-z0-9_-]{43}\\n`),
    );
    expect((await db.outboxMail.findMany({ where: { orgId: org.orgId } })).every((m) => m.sentAt && !m.lastError)).toBe(
      true,
    );
  });

  it("logs in with AUTH LOGIN as well", async () => {
    configureSmtp({ url: smtp.url("LOGIN") });
    await invite("login@mail.test");
    expect(await deliverOutbox({ limit: 1000 })).toMatchObject({ sent: 1, failed: 0 });
    expect(receivedBy("login@mail.test")).toMatchObject([{ authMethod: "LOGIN", secure: true }]);
  });

  it("never sends to a server whose certificate is not trusted (no SMTP_CA_FILE)", async () => {
    configureSmtp({ ca: false });
    await invite("untrusted@mail.test");
    expect(await deliverOutbox({ limit: 1000 })).toMatchObject({ sent: 0, failed: 1 });
    expect(receivedBy("untrusted@mail.test")).toEqual([]);
    const row = await rowTo("untrusted@mail.test");
    expect(row).toMatchObject({ sentAt: null, attempts: 1 });
    expect(row.lastError).toMatch(/certificate/i);
    await db.outboxMail.update({ where: { id: row.id }, data: { sentAt: new Date() } });
  });

  it("retries after 421 and 451 with growing delays, then delivers", async () => {
    configureSmtp();
    await invite("later@mail.test");
    let now = new Date();
    const refusals = [
      { code: 421, stage: "MAIL", message: "Service not available, closing channel" },
      { code: 451, stage: "DATA", message: "Local error in processing, try again" },
    ] as const;
    for (const [i, refusal] of refusals.entries()) {
      smtp.refuse = refusal;
      expect(await deliverOutbox({ now, limit: 1000 })).toMatchObject({ sent: 0, failed: 1 });
      const row = await rowTo("later@mail.test");
      expect(row).toMatchObject({ sentAt: null, attempts: i + 1 });
      expect(row.lastError).toContain(`${refusal.code} ${refusal.message}`);
      expect(row.nextAttemptAt.getTime()).toBe(now.getTime() + retryDelayMs(i + 1));
      // Not due before its time.
      expect(await deliverOutbox({ now: new Date(row.nextAttemptAt.getTime() - 1_000), limit: 1000 })).toMatchObject({
        sent: 0,
        failed: 0,
      });
      now = new Date(row.nextAttemptAt.getTime() + 1_000);
    }
    expect(retryDelayMs(2)).toBeGreaterThan(retryDelayMs(1));
    smtp.refuse = null;
    expect(await deliverOutbox({ now, limit: 1000 })).toMatchObject({ sent: 1, failed: 0 });
    expect(await rowTo("later@mail.test")).toMatchObject({ attempts: 3, lastError: null, sentAt: expect.any(Date) });
    expect(receivedBy("later@mail.test")).toHaveLength(1);
  });

  it("gives up at once on 550, keeping the server's reason in the outbox", async () => {
    configureSmtp();
    await invite("nobody@mail.test");
    smtp.refuse = { code: 550, stage: "RCPT", message: "No such user here" };
    try {
      expect(await deliverOutbox({ limit: 1000 })).toMatchObject({ sent: 0, failed: 1 });
      const later = new Date(Date.now() + 30 * 86_400_000);
      expect(await deliverOutbox({ now: later, limit: 1000 })).toMatchObject({ sent: 0, failed: 0 });
    } finally {
      smtp.refuse = null;
    }
    expect(await rowTo("nobody@mail.test")).toMatchObject({ sentAt: null, attempts: MAX_ATTEMPTS });
    const listed = (await listOutbox(org.actors.holder)).items.find((m) => m.to === "nobody@mail.test")!;
    expect(listed.state).toBe("failed");
    expect(listed.lastError).toContain("550 No such user here");
    expect(receivedBy("nobody@mail.test")).toEqual([]);
  });

  it("lists no secret value, SMTP password or invitation token outside its link in the outbox", async () => {
    const listed = JSON.stringify(await listOutbox(org.actors.holder));
    for (const value of VALUES) expect(listed).not.toContain(value);
    expect(listed).not.toContain("smtp-password-for-tests");
    const invitations = await db.invitation.findMany({ where: { orgId: org.orgId }, select: { tokenHash: true } });
    for (const { tokenHash } of invitations) expect(listed).not.toContain(tokenHash);
    const tokens = [...listed.matchAll(/inv_[A-Za-z0-9_-]{43}/g)];
    expect(tokens.length).toBeGreaterThan(0);
    for (const t of tokens) expect(listed.slice(t.index! - BASE.length - 13, t.index)).toBe(`${BASE}/invitations/`);
  });
});
