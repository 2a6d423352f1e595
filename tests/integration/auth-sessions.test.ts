// Server-side sessions (UserSession): the JWT's session id is checked on every request, so a
// signed-out (revoked) session is dead even when its cookie is replayed; "Sign out everywhere"
// ends every session of the user; a JWT without a session id (from before) is not accepted.
// next-auth's cookie handling is stubbed (getServerSession returns what the JWT would say);
// everything behind it — records, checks, audit — is the real code on the real database.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Session } from "next-auth";

const jwt = vi.hoisted(() => ({ session: null as Session | null }));
vi.mock("next-auth", async (original) => ({
  ...(await original<typeof import("next-auth")>()),
  getServerSession: async () => jwt.session,
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "user-agent": "vitest-sessions", "x-strongroom-path": "/audit?q=1" }),
}));

const { db } = await import("../../lib/db/index.ts");
const { getSessionUser } = await import("../../lib/auth/session.ts");
const { authOptions } = await import("../../lib/auth/options.ts");
const { createUserSession, revokeUserSession } = await import("../../lib/auth/user-sessions.ts");
const { endAllSessions, endSession } = await import("../../lib/auth/sign-out.ts");
const { getPortalContext } = await import("../../lib/auth/current-context.ts");
const { orgFixture } = await import("../support/org.ts");

type Org = Awaited<ReturnType<typeof orgFixture>>;
let org: Org;
beforeAll(async () => {
  org = await orgFixture("sess");
});
beforeEach(() => {
  jwt.session = null;
});

/** What getServerSession reports for a JWT of `user` with this session id. */
type User = { id: string; email: string; name: string };
function signedInAs(user: User, sessionId: string | undefined, sessionVersion = 0) {
  jwt.session = { expires: "", user: { id: user.id, email: user.email, name: user.name }, sessionVersion, sessionId };
}

describe("getSessionUser", () => {
  it("accepts a live session and refuses it once revoked (sign-out), however often the cookie comes back", async () => {
    const user = org.users.member1;
    const sid = await createUserSession(user.id, { ip: "192.0.2.1", userAgent: "ua" });
    signedInAs(user, sid);
    expect(await getSessionUser()).toEqual({ id: user.id, email: user.email, name: user.name });
    expect(await revokeUserSession(sid)).toBe(true);
    expect(await getSessionUser()).toBeNull();
    expect(await getSessionUser()).toBeNull();
  });

  it("refuses a JWT without a session id (issued before session records existed) or with an unknown one", async () => {
    signedInAs(org.users.member1, undefined);
    expect(await getSessionUser()).toBeNull();
    signedInAs(org.users.member1, "made-up-session-id");
    expect(await getSessionUser()).toBeNull();
  });

  it("refuses another user's session id, an expired session, and a stale session version", async () => {
    const sid = await createUserSession(org.users.member2.id, { ip: null, userAgent: null });
    signedInAs(org.users.member1, sid);
    expect(await getSessionUser()).toBeNull();
    signedInAs(org.users.member2, sid, 1);
    expect(await getSessionUser()).toBeNull();
    await db.userSession.update({ where: { id: sid }, data: { expiresAt: new Date(Date.now() - 1000) } });
    signedInAs(org.users.member2, sid);
    expect(await getSessionUser()).toBeNull();
  });
});

describe("a portal page whose session has ended", () => {
  it("redirects to the sign-in page (as the portal layout, rendered in parallel, does) rather than throwing", async () => {
    // A throw here is only logged ("Error: Sign in to continue.") while the layout's redirect wins.
    const sid = await createUserSession(org.users.member1.id, { ip: null, userAgent: null });
    await revokeUserSession(sid);
    signedInAs(org.users.member1, sid);
    const thrown = await getPortalContext().then(
      () => null,
      (e: unknown) => e,
    );
    expect(thrown).toMatchObject({ digest: expect.stringContaining(";/login?callbackUrl=%2Faudit%3Fq%3D1;") });
  });
});

describe("signing in and out", () => {
  it("a sign-in creates the session record whose id the JWT carries", async () => {
    const user = org.users.manager;
    const token = await authOptions.callbacks!.jwt!({
      token: {},
      user: { id: user.id, email: user.email, name: user.name, sessionVersion: 0 },
      account: { provider: "credentials", type: "credentials", providerAccountId: user.id },
    } as never);
    expect(token.sessionId).toEqual(expect.any(String));
    const row = await db.userSession.findUniqueOrThrow({ where: { id: token.sessionId! } });
    expect(row).toMatchObject({ userId: user.id, revokedAt: null, userAgent: "vitest-sessions" });
    expect(row.expiresAt.getTime()).toBeGreaterThan(Date.now() + 11 * 3600_000);
    // A later request (no `account`) keeps the token and its session id as they are.
    expect(await authOptions.callbacks!.jwt!({ token } as never)).toBe(token);
  });

  it("next-auth's sign-out event revokes the session and audits it once", async () => {
    const user = org.users.holder;
    const sid = await createUserSession(user.id, { ip: null, userAgent: null });
    const token = { userId: user.id, email: user.email, sessionId: sid };
    await authOptions.events!.signOut!({ token, session: undefined as never });
    await authOptions.events!.signOut!({ token, session: undefined as never });
    signedInAs(user, sid);
    expect(await getSessionUser()).toBeNull();
    const audits = await db.auditEvent.findMany({ where: { action: "auth.sign_out", actorUserId: user.id } });
    expect(audits).toHaveLength(1);
    // In the user's organization, where its Holders read it (lib/auth/auth-audit.ts).
    expect(audits[0]).toMatchObject({ outcome: "SUCCESS", orgId: org.orgId, targetId: user.id });
    await endSession(null); // a sign-out without a (valid) JWT does nothing
  });

  it("signing out everywhere ends every session of the user, and only theirs", async () => {
    const user = org.users.member2;
    const mine = [
      await createUserSession(user.id, { ip: null, userAgent: "a" }),
      await createUserSession(user.id, { ip: null, userAgent: "b" }),
    ];
    const other = await createUserSession(org.users.member1.id, { ip: null, userAgent: null });
    expect(await endAllSessions(user, { ip: "192.0.2.9", userAgent: "ua" })).toBeGreaterThanOrEqual(2);
    for (const sid of mine) {
      signedInAs(user, sid);
      expect(await getSessionUser()).toBeNull();
    }
    signedInAs(org.users.member1, other);
    expect(await getSessionUser()).not.toBeNull();
    const audit = await db.auditEvent.findFirst({
      where: { action: "auth.sign_out_everywhere", actorUserId: user.id },
    });
    expect(audit).toMatchObject({ outcome: "SUCCESS", ip: "192.0.2.9" });
  });
});
