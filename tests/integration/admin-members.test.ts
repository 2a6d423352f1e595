// Members (issue 8 §1): invitations (outbox, 7 days, once), accepting them, role changes that
// never leave an organization without an Account Holder, and removal — sessions and API
// tokens stop at once, personal secrets scheduled for deletion with the owner told.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "../../lib/db/index.ts";
import { loadUserActor, requireUserActor } from "../../lib/authz/index.ts";
import { createApiToken, listApiTokens } from "../../lib/api-tokens/index.ts";
import { createApiTokenSchema } from "../../lib/api-tokens/schema.ts";
import { auditScopeWhere } from "../../lib/audit/query.ts";
import { verifyPassword } from "../../lib/auth/password.ts";
import { ConflictError, ForbiddenError, NotFoundError } from "../../lib/errors/index.ts";
import {
  acceptInvitation,
  changeMemberRole,
  describeInvitation,
  inviteMember,
  joinWithAccount,
  LAST_HOLDER_MESSAGE,
  listMembers,
  removeMember,
  revokeInvitation,
} from "../../lib/members/index.ts";
import { inviteMemberSchema } from "../../lib/members/schema.ts";
import * as environments from "../../app/api/v1/environments/route.ts";
import { call, configureApi } from "../support/api.ts";
import { orgFixture as makeOrg, register, type OrgFixture } from "../support/org.ts";
import { DAY_MS } from "../../lib/time/days.ts";

let org: OrgFixture;
const orgs: string[] = [];
const orgFixture = async (prefix: string) => {
  const o = await makeOrg(prefix);
  orgs.push(o.orgId);
  return o;
};
beforeAll(async () => {
  org = await orgFixture("members");
});
beforeEach(() => configureApi());
// The suite shares one database: leave no due mail behind for the delivery tests of other files.
afterAll(async () => {
  await db.outboxMail.updateMany({ where: { orgId: { in: orgs }, sentAt: null }, data: { sentAt: new Date() } });
});

const BASE = "https://portal.example.test";
const invite = (email: string, role: "HOLDER" | "MANAGER" | "MEMBER" = "MEMBER", actor = org.actors.holder) =>
  inviteMember(actor, inviteMemberSchema.parse({ orgId: org.orgId, email, role }), { baseUrl: BASE });
const tokenIn = async (email: string) => {
  const mail = await db.outboxMail.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } });
  return { mail, token: /\/invitations\/(inv_[A-Za-z0-9_-]{43})/.exec(mail.text)![1]! };
};
const PASSWORD = "a-long-enough-password";

describe("invitations", () => {
  it("are sent through the outbox with a link valid for 7 days; only the token's hash is stored", async () => {
    const sent = await invite("dana@members.test", "MANAGER");
    const { mail, token } = await tokenIn("dana@members.test");
    expect(mail).toMatchObject({ orgId: org.orgId, sentAt: null, subject: expect.stringContaining("You are invited") });
    expect(mail.text).toContain(`${BASE}/invitations/${token}`);
    const row = await db.invitation.findUniqueOrThrow({ where: { id: sent.id } });
    expect(row.tokenHash).not.toContain(token.slice(4));
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(7 * DAY_MS - 60_000);
    expect(await describeInvitation(token)).toMatchObject({
      status: "valid",
      email: "dana@members.test",
      role: "MANAGER",
      hasAccount: false,
    });
    const listed = await listMembers(org.actors.holder);
    expect(listed.invitations.map((i) => i.email)).toContain("dana@members.test");
  });

  it("are accepted once by a new user, who gets an argon2id password and the invited role", async () => {
    await invite("erin@members.test", "MANAGER");
    const { token } = await tokenIn("erin@members.test");
    await acceptInvitation({ token, name: "Erin", password: PASSWORD });
    const user = await db.user.findUniqueOrThrow({ where: { email: "erin@members.test" } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash!, PASSWORD)).toBe(true);
    expect((await requireUserActor(user, org.orgId)).role).toBe("MANAGER");
    await expect(acceptInvitation({ token, name: "Mallory", password: PASSWORD })).rejects.toThrow("already been used");
    expect(
      await db.auditEvent.count({ where: { orgId: org.orgId, action: "member.join", actorUserId: user.id } }),
    ).toBe(1);
  });

  it("refuse expired, withdrawn, replaced and unknown links", async () => {
    const first = await invite("fay@members.test");
    const { token: firstToken } = await tokenIn("fay@members.test");
    await invite("fay@members.test"); // replaces the first link
    await expect(acceptInvitation({ token: firstToken, name: "Fay", password: PASSWORD })).rejects.toThrow("withdrawn");
    expect((await db.invitation.findUniqueOrThrow({ where: { id: first.id } })).revokedAt).not.toBeNull();
    const { token } = await tokenIn("fay@members.test");
    await expect(
      acceptInvitation({ token, name: "Fay", password: PASSWORD }, { now: new Date(Date.now() + 8 * DAY_MS) }),
    ).rejects.toThrow("expired");
    const second = await db.invitation.findFirstOrThrow({ where: { email: "fay@members.test", revokedAt: null } });
    await revokeInvitation(org.actors.holder, second.id);
    await expect(acceptInvitation({ token, name: "Fay", password: PASSWORD })).rejects.toThrow("withdrawn");
    await expect(
      acceptInvitation({ token: `inv_${"x".repeat(43)}`, name: "X", password: PASSWORD }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("never change an existing account's password; its owner joins while signed in as that e-mail", async () => {
    const other = await orgFixture("members-other");
    const existing = other.users.member1;
    await invite(existing.email);
    const { token } = await tokenIn(existing.email);
    expect((await describeInvitation(token))?.hasAccount).toBe(true);
    await expect(acceptInvitation({ token, name: "Hijack", password: PASSWORD })).rejects.toBeInstanceOf(ConflictError);
    await expect(joinWithAccount(other.users.member2, token)).rejects.toThrow(
      `This invitation is for ${existing.email}`,
    );
    await joinWithAccount(existing, token);
    expect((await requireUserActor(existing, org.orgId)).role).toBe("MEMBER");
    const user = await db.user.findUniqueOrThrow({ where: { id: existing.id } });
    expect(await verifyPassword(user.passwordHash!, other.password)).toBe(true);
  });

  it("are only for Account Holders, and an existing member cannot be invited again", async () => {
    await expect(invite("gil@members.test", "MEMBER", org.actors.manager)).rejects.toBeInstanceOf(ForbiddenError);
    expect(
      await db.auditEvent.count({
        where: { orgId: org.orgId, action: "member.invite", outcome: "DENIED", actorUserId: org.users.manager.id },
      }),
    ).toBe(1);
    await expect(invite(org.users.member2.email)).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("role changes", () => {
  it("never demote the last Account Holder", async () => {
    const solo = await orgFixture("members-solo");
    await expect(
      changeMemberRole(solo.actors.holder, { orgId: solo.orgId, userId: solo.users.holder.id, role: "MANAGER" }),
    ).rejects.toThrow(LAST_HOLDER_MESSAGE);
    await expect(removeMember(solo.actors.holder, { orgId: solo.orgId, userId: solo.users.holder.id })).rejects.toThrow(
      LAST_HOLDER_MESSAGE,
    );
    expect((await requireUserActor(solo.users.holder, solo.orgId)).role).toBe("HOLDER");
    // With a second Holder, either may step down — but not both, even at the same time.
    await changeMemberRole(solo.actors.holder, { orgId: solo.orgId, userId: solo.users.manager.id, role: "HOLDER" });
    const manager = await requireUserActor(solo.users.manager, solo.orgId);
    const results = await Promise.allSettled([
      changeMemberRole(solo.actors.holder, { orgId: solo.orgId, userId: solo.users.manager.id, role: "MEMBER" }),
      changeMemberRole(manager, { orgId: solo.orgId, userId: solo.users.holder.id, role: "MEMBER" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.membership.count({ where: { orgId: solo.orgId, role: "HOLDER" } })).toBe(1);
  });

  it("are refused to anyone but Account Holders and take effect on the next request", async () => {
    await expect(
      changeMemberRole(org.actors.manager, { orgId: org.orgId, userId: org.users.member1.id, role: "HOLDER" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      changeMemberRole(org.actors.member1, { orgId: org.orgId, userId: org.users.member1.id, role: "HOLDER" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const scratch = await orgFixture("members-role");
    const data = createApiTokenSchema.parse({
      orgId: scratch.orgId,
      name: "ci",
      permissions: ["read"],
      environmentIds: [],
      allEnvironments: true,
    });
    const { token } = await createApiToken(scratch.actors.manager, data);
    expect((await call(environments.GET, "GET", "/environments", { token })).status).toBe(200);
    await changeMemberRole(scratch.actors.holder, {
      orgId: scratch.orgId,
      userId: scratch.users.manager.id,
      role: "MEMBER",
    });
    const demoted = await requireUserActor(scratch.users.manager, scratch.orgId);
    expect(demoted.role).toBe("MEMBER");
    await expect(createApiToken(demoted, data)).rejects.toBeInstanceOf(ForbiddenError);
    // A Member cannot hold API tokens: the ones the former Manager created stop at once.
    expect((await call(environments.GET, "GET", "/environments", { token })).status).toBe(401);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { orgId: scratch.orgId, action: "member.role_change" },
    });
    expect(JSON.parse(audit.detail)).toMatchObject({ from: "MANAGER", to: "MEMBER", revokedTokens: 1 });
  });
});

describe("removal", () => {
  it("ends sessions and API tokens at once and schedules personal secrets, telling their owner", async () => {
    const o = await orgFixture("members-remove");
    const { token } = await createApiToken(
      o.actors.manager,
      createApiTokenSchema.parse({
        orgId: o.orgId,
        name: "mgr",
        permissions: ["read"],
        environmentIds: [],
        allEnvironments: true,
      }),
    );
    expect((await call(environments.GET, "GET", "/environments", { token })).status).toBe(200); // lookup cached now
    const personal = await register(o.actors.manager, {
      orgId: o.orgId,
      scope: "PERSONAL",
      name: "my_private_key",
      credential: { type: "API_KEY", headerName: "X-Key", values: { [o.environmentIds.Production!]: { value: "p" } } },
    } as never);
    const before = await db.user.findUniqueOrThrow({ where: { id: o.users.manager.id } });
    const removed = await removeMember(o.actors.holder, { orgId: o.orgId, userId: o.users.manager.id });
    expect(removed).toMatchObject({ revokedTokens: 1, scheduledSecrets: 1 });

    expect((await call(environments.GET, "GET", "/environments", { token })).status).toBe(401);
    expect((await db.user.findUniqueOrThrow({ where: { id: o.users.manager.id } })).sessionVersion).toBe(
      before.sessionVersion + 1,
    );
    expect(await loadUserActor(o.users.manager, o.orgId)).toBeNull();
    expect((await listApiTokens(o.actors.holder)).every((t) => t.status === "Revoked")).toBe(true);

    const secret = await db.secret.findUniqueOrThrow({ where: { id: personal.id } });
    expect(secret.status).toBe("SCHEDULED_FOR_DELETION");
    expect(Math.round((secret.deletionDueAt!.getTime() - Date.now()) / DAY_MS)).toBe(30);
    const mail = await db.outboxMail.findFirstOrThrow({ where: { to: o.users.manager.email } });
    expect(mail.text).toContain("my_private_key");
    expect(await db.notification.count({ where: { userId: o.users.manager.id, kind: "MEMBER_REMOVED" } })).toBe(1);
    // Audited by the system for the owner's eyes only: the Holder never sees the name.
    const rec = await db.auditEvent.findFirstOrThrow({
      where: { secretId: personal.id, action: "secret.schedule_deletion" },
    });
    expect(rec).toMatchObject({ actorType: "SYSTEM", personalOwnerId: o.users.manager.id });
    expect(
      await db.auditEvent.count({ where: { AND: [auditScopeWhere(o.actors.holder), { secretId: personal.id }] } }),
    ).toBe(0);
    expect(await db.auditEvent.count({ where: { orgId: o.orgId, action: "member.remove", outcome: "SUCCESS" } })).toBe(
      1,
    );
  });

  it("removes workspace and Spot memberships, and is refused to non-Holders", async () => {
    const o = await orgFixture("members-remove2");
    await expect(removeMember(o.actors.manager, { orgId: o.orgId, userId: o.users.member1.id })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await removeMember(o.actors.holder, { orgId: o.orgId, userId: o.users.member1.id });
    expect(await db.workspaceMember.count({ where: { userId: o.users.member1.id } })).toBe(0);
    expect(await db.spotMember.count({ where: { userId: o.users.member1.id } })).toBe(0);
    await expect(removeMember(o.actors.holder, { orgId: o.orgId, userId: o.users.member1.id })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
