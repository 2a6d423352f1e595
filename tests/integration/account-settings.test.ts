// Account settings through the real server actions and the real database: changing one's name
// and password (current password checked like a sign-in; every other session ends; audited
// without the password), listing one's sessions and ending one. next-auth's cookie handling is
// stubbed (getServerSession returns what the JWT would say); the session records behind it are real.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const jwt = vi.hoisted(() => ({ userId: null as string | null, sessionId: null as string | null }));
vi.mock("next-auth", async (original) => ({
  ...(await original<typeof import("next-auth")>()),
  getServerSession: async () =>
    jwt.userId ? { user: { id: jwt.userId }, sessionVersion: 0, sessionId: jwt.sessionId ?? undefined } : null,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", async (original) => ({
  ...(await original<typeof import("next/headers")>()),
  headers: async () => new Headers({ "user-agent": "vitest-account" }),
}));

import { db } from "../../lib/db/index.ts";
import { createUserSession, sessionHandle } from "../../lib/auth/user-sessions.ts";
import { getSessionUser } from "../../lib/auth/session.ts";
import { verifyPassword } from "../../lib/auth/password.ts";
import { signInBucket } from "../../lib/auth/login-throttle.ts";
import { loadAccount, NO_PASSWORD_MESSAGE, WRONG_CURRENT_PASSWORD } from "../../lib/account/index.ts";
import * as account from "../../app/(portal)/account/actions.ts";
import { orgFixture, type OrgFixture } from "../support/org.ts";

type User = { id: string; email: string; name: string };
let org: OrgFixture;
const NEW_PASSWORD = "a-brand-new-passphrase";

beforeAll(async () => {
  org = await orgFixture("acct");
});
beforeEach(() => {
  // The sign-in bucket is per process and per address (here: unknown); keep tests independent.
  for (let i = 0; i < 25; i++) signInBucket().refund("unknown");
});

async function signedInAs(user: User, userAgent = "vitest-account"): Promise<string> {
  const sid = await createUserSession(user.id, { ip: "192.0.2.10", userAgent });
  jwt.userId = user.id;
  jwt.sessionId = sid;
  return sid;
}

async function isLive(user: User, sid: string): Promise<boolean> {
  const saved = { ...jwt };
  jwt.userId = user.id;
  jwt.sessionId = sid;
  try {
    return (await getSessionUser()) !== null;
  } finally {
    Object.assign(jwt, saved);
  }
}

const auditsOf = (userId: string, action: string) =>
  db.auditEvent.findMany({ where: { actorUserId: userId, action }, orderBy: { seq: "asc" } });

describe("changing the password", () => {
  it("refuses a wrong current password at its field, counts it like a failed sign-in, and audits it", async () => {
    const user = org.users.member1;
    await signedInAs(user);
    const result = await account.changePasswordAction({
      currentPassword: "not-the-password",
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { currentPassword: [WRONG_CURRENT_PASSWORD] } });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(row.passwordHash!, org.password)).toBe(true);
    expect(row.failedLoginCount).toBe(1);
    const [audit] = await auditsOf(user.id, "auth.password_change");
    expect(audit).toMatchObject({
      outcome: "FAILURE",
      orgId: org.orgId,
      targetId: user.id,
      userAgent: "vitest-account",
    });
    expect(JSON.parse(audit!.detail)).toMatchObject({ reason: "wrong_password" });
  });

  it("applies the rules of sign-up: length, confirmation, and a new password different from the current", async () => {
    await signedInAs(org.users.member1);
    const short = await account.changePasswordAction({
      currentPassword: org.password,
      newPassword: "short",
      confirmPassword: "short",
    });
    expect(short).toMatchObject({ ok: false, fieldErrors: { newPassword: ["Use at least 12 characters."] } });
    const mismatch = await account.changePasswordAction({
      currentPassword: org.password,
      newPassword: NEW_PASSWORD,
      confirmPassword: `${NEW_PASSWORD}!`,
    });
    expect(mismatch).toMatchObject({ ok: false, fieldErrors: { confirmPassword: ["The passwords do not match."] } });
    const same = await account.changePasswordAction({
      currentPassword: org.password,
      newPassword: org.password,
      confirmPassword: org.password,
    });
    expect(same.ok).toBe(false);
    expect(same).toMatchObject({ fieldErrors: { newPassword: [expect.stringContaining("different")] } });
  });

  it("with the right current password: the new one works, every other session ends, this one stays", async () => {
    const user = org.users.member2;
    const otherA = await createUserSession(user.id, { ip: "198.51.100.1", userAgent: "other-a" });
    const otherB = await createUserSession(user.id, { ip: "198.51.100.2", userAgent: "other-b" });
    const bystander = await createUserSession(org.users.manager.id, { ip: null, userAgent: null });
    const mine = await signedInAs(user);

    const result = await account.changePasswordAction({
      currentPassword: org.password,
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });
    expect(result).toEqual({ ok: true, data: { sessionsEnded: expect.any(Number) } });
    expect(result.ok && result.data.sessionsEnded).toBeGreaterThanOrEqual(2);

    expect(await isLive(user, otherA)).toBe(false);
    expect(await isLive(user, otherB)).toBe(false);
    expect(await isLive(user, mine)).toBe(true);
    expect(await isLive(org.users.manager, bystander)).toBe(true);

    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(row.passwordHash!, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(row.passwordHash!, org.password)).toBe(false);

    const audits = await auditsOf(user.id, "auth.password_change");
    expect(audits.at(-1)).toMatchObject({ outcome: "SUCCESS", orgId: org.orgId, targetId: user.id });
    expect(JSON.parse(audits.at(-1)!.detail).otherSessionsEnded).toBeGreaterThanOrEqual(2);
    const everything = JSON.stringify(await db.auditEvent.findMany({ where: { actorUserId: user.id } }));
    expect(everything).not.toContain(NEW_PASSWORD);
    expect(everything).not.toContain(org.password);
  });

  it("locks like sign-in after repeated wrong current passwords", async () => {
    const user = org.users.holder;
    await signedInAs(user);
    const guess = { currentPassword: "wrong", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD };
    const wrong = () => account.changePasswordAction(guess);
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await wrong();
      codes.push(r.ok ? "ok" : r.code);
    }
    expect(codes.slice(0, 4)).toEqual(Array(4).fill("invalid_input"));
    expect(codes.slice(4)).toEqual(["locked", "locked"]);
    // Locked: even the right password is not checked until the lock ends.
    const right = await account.changePasswordAction({
      currentPassword: org.password,
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });
    expect(right).toMatchObject({
      ok: false,
      code: "locked",
      fieldErrors: { currentPassword: [expect.stringMatching(/^Too many/)] },
    });
    expect(await auditsOf(user.id, "auth.locked_out")).toHaveLength(1);
    await db.user.update({ where: { id: user.id }, data: { lockedUntil: null, failedLoginCount: 0 } });
  });

  it("is rate-limited per client address with the sign-in bucket, before the password is checked", async () => {
    const user = org.users.member1;
    await signedInAs(user);
    for (let i = 0; i < 25; i++) signInBucket().take("unknown");
    const result = await account.changePasswordAction({
      currentPassword: org.password,
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });
    expect(result).toMatchObject({
      ok: false,
      code: "rate_limited",
      fieldErrors: { currentPassword: [expect.stringMatching(/^Too many password attempts from your network/)] },
    });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(row.passwordHash!, org.password)).toBe(true);
    const last = (await auditsOf(user.id, "auth.password_change")).at(-1);
    expect(JSON.parse(last!.detail)).toMatchObject({ reason: "rate_limited" });
  });

  it("is not offered to a user who signs in through single sign-on only", async () => {
    const sso = await db.user.create({ data: { email: `sso-${Date.now()}@acct.test`, name: "Sso" } });
    await signedInAs(sso);
    const input = { currentPassword: "x", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD };
    const result = await account.changePasswordAction(input);
    expect(result).toMatchObject({ ok: false, error: NO_PASSWORD_MESSAGE });
    expect((await db.user.findUniqueOrThrow({ where: { id: sso.id } })).passwordHash).toBeNull();
    const sid = jwt.sessionId!;
    expect((await loadAccount({ user: sso, sessionId: sid })).hasPassword).toBe(false);
  });
});

describe("changing the name", () => {
  it("saves the trimmed name, refuses an empty or hostile one at the field, and audits the change", async () => {
    const user = org.users.manager;
    await signedInAs(user);
    const saved = await account.changeNameAction({ name: "  Morgan Manager  " });
    expect(saved).toEqual({ ok: true, data: { name: "Morgan Manager" } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Morgan Manager");
    const empty = await account.changeNameAction({ name: "  " });
    expect(empty).toMatchObject({ ok: false, fieldErrors: { name: ["Enter your name."] } });
    const bidi = await account.changeNameAction({ name: "Mo\u202egan" });
    expect(bidi).toMatchObject({ ok: false, fieldErrors: { name: [expect.stringContaining("text-direction")] } });
    const [audit] = await auditsOf(user.id, "account.name_change");
    expect(JSON.parse(audit!.detail)).toEqual({ from: user.name, to: "Morgan Manager" });
  });
});

describe("sessions", () => {
  it("lists the user's live sessions by handle (never by id), this one marked, and ends another one", async () => {
    const user = { id: "", email: "", name: "" };
    Object.assign(user, await db.user.create({ data: { email: `s-${Date.now()}@acct.test`, name: "S" } }));
    const phone = await createUserSession(user.id, {
      ip: "203.0.113.7",
      userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Version/18.0 Mobile Safari/604.1",
    });
    const mine = await signedInAs(user, "Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0 Safari/537.36");

    const view = await loadAccount({ user, sessionId: mine });
    expect(view.sessions.map((s) => [s.device, s.ip, s.current])).toEqual([
      ["Chrome on Linux", "192.0.2.10", true],
      ["Safari on iOS", "203.0.113.7", false],
    ]);
    expect(JSON.stringify(view)).not.toContain(phone);
    expect(JSON.stringify(view)).not.toContain(mine);

    expect(await account.endSessionAction({ handle: sessionHandle(mine) })).toMatchObject({
      ok: false,
      error: "To end this session, use Sign out.",
    });
    expect(await account.endSessionAction({ handle: sessionHandle(phone) })).toEqual({
      ok: true,
      data: { handle: sessionHandle(phone) },
    });
    expect(await isLive(user, phone)).toBe(false);
    expect(await isLive(user, mine)).toBe(true);
    const [audit] = await auditsOf(user.id, "auth.session_end");
    expect(audit).toMatchObject({ outcome: "SUCCESS", targetId: user.id });
    expect(JSON.parse(audit!.detail)).toMatchObject({ device: "Safari on iOS", sessionIp: "203.0.113.7" });
    const again = await account.endSessionAction({ handle: sessionHandle(phone) });
    expect(again).toMatchObject({ ok: false, code: "not_found" });
  });

  it("cannot end another user's session, even knowing its handle", async () => {
    const victim = await createUserSession(org.users.member1.id, { ip: null, userAgent: "victim" });
    await signedInAs(org.users.manager);
    const ended = await account.endSessionAction({ handle: sessionHandle(victim) });
    expect(ended).toMatchObject({ ok: false, code: "not_found" });
    expect(await isLive(org.users.member1, victim)).toBe(true);
  });
});
