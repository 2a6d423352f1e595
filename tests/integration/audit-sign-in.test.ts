// Sign-in events in the organizations' audit logs: a known account's sign-ins, failed sign-ins,
// lock-out and sign-outs are recorded — with the client address the production server stamps
// and the user agent — in the chain of every organization the account belongs to, where the
// Holder's Audit log finds them by action; an unknown e-mail stays in the system chain. Each
// chain still verifies. A record made while serving a request without request info passed
// (a page's own authorization) still carries the address.
import { beforeEach, describe, expect, it, vi } from "vitest";

let requestHeaders = new Headers();
vi.mock("next/headers", () => ({ headers: async () => requestHeaders }));

const { db } = await import("../../lib/db/index.ts");
const { authOptions } = await import("../../lib/auth/options.ts");
const { endSession } = await import("../../lib/auth/sign-out.ts");
const { createUserSession } = await import("../../lib/auth/user-sessions.ts");
const { recordAudit } = await import("../../lib/audit/index.ts");
const { listAuditEvents, parseAuditQuery } = await import("../../lib/audit/query.ts");
const { configuredVerifyOptions, verifyAuditChains } = await import("../../lib/audit/verify.ts");
const { createTestOrganization } = await import("../../lib/seed/test-organization.ts");
const { requireUserActor, actorAudit } = await import("../../lib/authz/index.ts");
const { stampClientAddress } = await import("../../lib/http/client-address.mjs");
const { orgFixture, register, apiKeyInput } = await import("../support/org.ts");

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
type CredentialsProvider = { options: { authorize: Authorize } };
const credentials = authOptions.providers.find((p) => p.id === "credentials") as unknown as CredentialsProvider;

/** The request headers the production server passes on for a connection from `socket`. */
function fromSocket(socket: string): Record<string, string> {
  const headers: Record<string, string> = { "user-agent": "audit-it/1.0" };
  const req = { socket: { remoteAddress: socket }, headers };
  stampClientAddress(req, 0);
  return req.headers;
}

const attempt = (email: string, password: string, socket: string) =>
  credentials.options.authorize({ email, password }, { headers: fromSocket(socket) }).then(
    () => "ok",
    () => "refused",
  );

beforeEach(() => {
  (globalThis as { strongroomSignInBucket?: unknown }).strongroomSignInBucket = undefined;
  requestHeaders = new Headers();
});

/** An organization whose member1 is also a member of a second organization. */
async function twoOrganizations() {
  const a = await orgFixture("signin-a");
  const b = await createTestOrganization(db, { prefix: "signin-b" });
  const user = a.users.member1;
  await db.membership.create({ data: { orgId: b.orgId, userId: user.id, role: "MEMBER" } });
  return { a, b, user };
}

const authRows = (orgId: string, action: string) =>
  db.auditEvent.findMany({ where: { orgId, action }, orderBy: { seq: "asc" } });

describe("sign-in events in the organizations' audit logs", () => {
  it("records a wrong password, the lock-out and a sign-in in every organization of the account", async () => {
    const { a, b, user } = await twoOrganizations();
    expect(await attempt(user.email, "wrong-password", "192.0.2.80")).toBe("refused");
    for (const orgId of [a.orgId, b.orgId]) {
      const [failed] = await authRows(orgId, "auth.sign_in_failed");
      expect(failed).toMatchObject({ ip: "192.0.2.80", userAgent: "audit-it/1.0", outcome: "FAILURE" });
      expect(failed).toMatchObject({ targetId: user.id, actorLabel: user.email });
    }
    // The Holder's Audit log finds it by its action.
    const holderView = await listAuditEvents(a.actors.holder, parseAuditQuery({ action: "auth.sign_in_failed" }));
    expect(holderView.rows.map((r) => r.targetId)).toContain(user.id);

    for (let i = 0; i < 4; i++) await attempt(user.email, `wrong-${i}`, "192.0.2.80");
    for (const orgId of [a.orgId, b.orgId]) {
      const locked = await authRows(orgId, "auth.locked_out");
      expect(locked).toHaveLength(1);
      expect(locked[0]).toMatchObject({ ip: "192.0.2.80", userAgent: "audit-it/1.0", targetId: user.id });
    }
    const lockedView = await listAuditEvents(a.actors.holder, parseAuditQuery({ action: "auth.locked_out" }));
    expect(lockedView.rows.some((r) => r.targetId === user.id)).toBe(true);

    await db.user.update({ where: { id: user.id }, data: { lockedUntil: null, failedLoginCount: 0 } });
    expect(await attempt(user.email, a.password, "192.0.2.81")).toBe("ok");
    for (const orgId of [a.orgId, b.orgId]) {
      const [signedIn] = await authRows(orgId, "auth.sign_in");
      expect(signedIn).toMatchObject({ ip: "192.0.2.81", userAgent: "audit-it/1.0", actorUserId: user.id });
    }
    // Every chain verifies with the copies in it.
    const report = await verifyAuditChains(db, { ...configuredVerifyOptions(), chains: [a.orgId, b.orgId] });
    expect(report.breaks).toEqual([]);
  });

  it("records a sign-out in the account's organizations with the request's address", async () => {
    const { a, b, user } = await twoOrganizations();
    const sessionId = await createUserSession(user.id, { ip: "192.0.2.82", userAgent: "audit-it/1.0" });
    requestHeaders = new Headers(fromSocket("192.0.2.82"));
    await endSession({ sessionId, userId: user.id, email: user.email });
    for (const orgId of [a.orgId, b.orgId]) {
      const [out] = await authRows(orgId, "auth.sign_out");
      expect(out).toMatchObject({ ip: "192.0.2.82", userAgent: "audit-it/1.0", actorUserId: user.id });
    }
  });

  it("keeps an unknown e-mail's failed sign-in out of every organization (system chain)", async () => {
    const email = `nobody-${Math.random().toString(36).slice(2, 8)}@nowhere.test`;
    await attempt(email, "wrong-password", "192.0.2.83");
    const rows = await db.auditEvent.findMany({ where: { action: "auth.sign_in_failed", actorLabel: email } });
    expect(rows.map((r) => [r.chain, r.orgId, r.ip])).toEqual([["system", null, "192.0.2.83"]]);
  });
});

describe("request address on records made while serving a request", () => {
  it("fills in the address and user agent when the caller passed none, and leaves an explicit null alone", async () => {
    const org = await orgFixture("reqinfo");
    requestHeaders = new Headers(fromSocket("192.0.2.84"));
    const actor = actorAudit(org.actors.member1);
    const base = { orgId: org.orgId, actor, action: "command.view", outcome: "DENIED" as const };
    await recordAudit({ ...base, detail: { name: "filled" } });
    await recordAudit({ ...base, detail: { name: "explicit" }, request: null });
    const where = { orgId: org.orgId, action: "command.view" };
    const rows = await db.auditEvent.findMany({ where, orderBy: { seq: "asc" } });
    expect(rows.map((r) => [r.ip, r.userAgent])).toEqual([
      ["192.0.2.84", "audit-it/1.0"],
      [null, null],
    ]);
  });
});

describe("what a Member reads", () => {
  it("sees their own actions on a workspace secret and their sign-ins, not other people's", async () => {
    const org = await orgFixture("memberscope");
    // member1 is an Admin of the organization's workspace (the fixture's "Main").
    const member = await requireUserActor(org.users.member1, org.orgId);
    const inWorkspace = { scope: "WORKSPACE", workspaceId: org.workspaceId, availability: undefined } as const;
    const mine = await register(member, apiKeyInput(org, "ws_secret", "v-1", inWorkspace));
    await register(org.actors.holder, apiKeyInput(org, "holders_secret", "v-2"));
    await attempt(org.users.member1.email, org.password, "192.0.2.85");
    const seen = await listAuditEvents(member, parseAuditQuery({}));
    const actions = seen.rows.map((r) => `${r.action}:${r.secretName ?? ""}`);
    expect(actions).toContain("secret.create:ws_secret");
    expect(actions).toContain("auth.sign_in:");
    expect(actions).not.toContain("secret.create:holders_secret");
    const onPage = await listAuditEvents(member, { secretId: mine.id, page: 1, pageSize: 10 });
    expect(onPage.rows.map((r) => r.action)).toEqual(["secret.create"]);
  });
});

describe("search filters", () => {
  it("finds records by part of the secret's name and of the actor's label, in any case", async () => {
    const org = await orgFixture("search");
    await register(org.actors.holder, apiKeyInput(org, "Stripe_Live_Key", "v-3"));
    await register(org.actors.manager, apiKeyInput(org, "github_token", "v-4"));
    const bySecret = await listAuditEvents(org.actors.holder, parseAuditQuery({ secret: "stripe_live" }));
    expect(bySecret.rows.map((r) => r.secretName)).toEqual(["Stripe_Live_Key"]);
    const actorName = org.users.manager.email.slice(0, 12).toUpperCase();
    const byActor = await listAuditEvents(org.actors.holder, parseAuditQuery({ actorName }));
    expect(byActor.rows.map((r) => r.secretName)).toEqual(["github_token"]);
  });
});
