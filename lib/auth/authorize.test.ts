import { describe, expect, it } from "vitest";
import type { AuditInput } from "../audit/types.ts";
import { authorizeCredentials, type AuthorizeDeps, type LoginUser } from "./authorize.ts";
import { failureOutcome, TokenBucket } from "./login-throttle.ts";
import { SignInError } from "./sign-in-errors.ts";

const T0 = Date.UTC(2030, 0, 1, 12, 0, 0);

function setup(opts: { capacity?: number } = {}) {
  let now = T0;
  const audits: AuditInput[] = [];
  const verified: string[] = [];
  const users = new Map<string, LoginUser & { failedLoginCount: number }>();
  const emailLocks = new Map<string, { failedCount: number; lockedUntil: Date | null }>();
  users.set("alice@acme.test", {
    id: "u1",
    email: "alice@acme.test",
    name: "Alice",
    sessionVersion: 3,
    passwordHash: "hash:right",
    lockedUntil: null,
    disabledAt: null,
    failedLoginCount: 0,
  });
  const deps: AuthorizeDeps = {
    now: () => now,
    policy: { maxFailures: 3, lockoutMinutes: 15 },
    bucket: new TokenBucket({ capacity: opts.capacity ?? 100, windowMs: 60_000 }, () => now),
    findUserByEmail: async (email) => users.get(email) ?? null,
    async registerFailure(userId, at, policy) {
      const u = [...users.values()].find((x) => x.id === userId)!;
      const out = failureOutcome(u.failedLoginCount + 1, at, policy);
      u.failedLoginCount = out.failedLoginCount;
      if (out.locked) u.lockedUntil = out.lockedUntil;
      return { ...out, lockedNow: out.locked };
    },
    findEmailLock: async (email) => emailLocks.get(email)?.lockedUntil ?? null,
    async registerEmailFailure(email, at, policy) {
      const e = emailLocks.get(email) ?? { failedCount: 0, lockedUntil: null };
      const out = failureOutcome(e.failedCount + 1, at, policy);
      e.failedCount = out.failedLoginCount;
      if (out.locked) e.lockedUntil = out.lockedUntil;
      emailLocks.set(email, e);
      return { ...out, lockedNow: out.locked };
    },
    async registerSuccess(userId) {
      const u = [...users.values()].find((x) => x.id === userId)!;
      u.failedLoginCount = 0;
      u.lockedUntil = null;
    },
    verifyPassword: async (hash, pw) => {
      verified.push(hash);
      return hash === `hash:${pw}`;
    },
    dummyPasswordHash: async () => "hash:dummy-unguessable",
    audit: async (a) => void audits.push(a),
  };
  const req = { ip: null, userAgent: "test", throttleKey: "k" };
  const attempt = (email: string, password: string) => authorizeCredentials({ email, password }, req, deps);
  const code = (p: Promise<unknown>) =>
    p.then(
      () => "ok",
      (e: unknown) => (e instanceof SignInError ? e.message : `unexpected: ${String(e)}`),
    );
  return { deps, audits, verified, users, attempt, code, advance: (ms: number) => (now += ms) };
}

describe("authorizeCredentials", () => {
  it("signs in with a normalized e-mail and audits the success", async () => {
    const s = setup();
    const user = await s.attempt("  ALICE@acme.test ", "right");
    expect(user).toEqual({ id: "u1", email: "alice@acme.test", name: "Alice", sessionVersion: 3 });
    expect(s.audits.map((a) => [a.action, a.outcome, a.actor.type, a.orgId])).toEqual([
      ["auth.sign_in", "SUCCESS", "USER", null],
    ]);
  });

  it("gives the same answer for an unknown e-mail and a wrong password, hashing in both cases", async () => {
    const s = setup();
    expect(await s.code(s.attempt("nobody@acme.test", "right"))).toBe("invalid_credentials");
    expect(await s.code(s.attempt("alice@acme.test", "wrong"))).toBe("invalid_credentials");
    expect(s.verified).toEqual(["hash:dummy-unguessable", "hash:right"]);
    expect(s.audits.map((a) => [a.action, a.actor.type, a.detail?.reason])).toEqual([
      ["auth.sign_in_failed", "ANONYMOUS", "unknown_email"],
      ["auth.sign_in_failed", "ANONYMOUS", "wrong_password"],
    ]);
  });

  it("locks after the configured failures, refuses even the right password, and unlocks after the period", async () => {
    const s = setup();
    expect(await s.code(s.attempt("alice@acme.test", "x"))).toBe("invalid_credentials");
    expect(await s.code(s.attempt("alice@acme.test", "x"))).toBe("invalid_credentials");
    expect(await s.code(s.attempt("alice@acme.test", "x"))).toBe("locked:15");
    expect(s.audits.some((a) => a.action === "auth.locked_out")).toBe(true);
    s.advance(5 * 60_000);
    expect(await s.code(s.attempt("alice@acme.test", "right"))).toBe("locked:10");
    s.advance(10 * 60_000);
    expect(await s.code(s.attempt("alice@acme.test", "right"))).toBe("ok");
    expect(s.users.get("alice@acme.test")!.failedLoginCount).toBe(0);
  });

  it("an unknown and a disabled e-mail lock exactly like an account, with the same answers", async () => {
    const s = setup();
    const alice = s.users.get("alice@acme.test")!;
    s.users.set("dora@acme.test", { ...alice, id: "u2", email: "dora@acme.test", disabledAt: new Date(T0) });
    const answers = async (email: string) => {
      const out: string[] = [];
      for (let i = 0; i < 4; i++) out.push(await s.code(s.attempt(email, `wrong-${i}`)));
      return out;
    };
    const known = await answers("alice@acme.test");
    expect(known).toEqual(["invalid_credentials", "invalid_credentials", "locked:15", "locked:15"]);
    expect(await answers("nobody@acme.test")).toEqual(known);
    expect(await answers("dora@acme.test")).toEqual(known);
    // Every attempt before the lock was hashed, known or not.
    expect(s.verified.filter((h) => h === "hash:dummy-unguessable")).toHaveLength(6);
    expect(s.users.size).toBe(2); // no user row for the unknown e-mail
    s.advance(15 * 60_000);
    expect(await s.code(s.attempt("nobody@acme.test", "x"))).toBe("invalid_credentials");
  });

  it("a success resets the consecutive count", async () => {
    const s = setup();
    await s.code(s.attempt("alice@acme.test", "x"));
    await s.code(s.attempt("alice@acme.test", "x"));
    await s.attempt("alice@acme.test", "right");
    expect(await s.code(s.attempt("alice@acme.test", "x"))).toBe("invalid_credentials");
  });

  it("refuses disabled users with the generic message", async () => {
    const s = setup();
    s.users.get("alice@acme.test")!.disabledAt = new Date(T0);
    expect(await s.code(s.attempt("alice@acme.test", "right"))).toBe("invalid_credentials");
  });

  it("rate-limits sprayed attempts per client", async () => {
    const s = setup({ capacity: 2 });
    expect(await s.code(s.attempt("a@acme.test", "x"))).toBe("invalid_credentials");
    expect(await s.code(s.attempt("b@acme.test", "x"))).toBe("invalid_credentials");
    expect(await s.code(s.attempt("c@acme.test", "x"))).toMatch(/^rate_limited:\d+$/);
    expect(s.audits.at(-1)?.detail?.reason).toBe("rate_limited");
  });

  it("successful sign-ins do not use up the client's attempts", async () => {
    const s = setup({ capacity: 1 });
    for (let i = 0; i < 5; i++) expect(await s.code(s.attempt("alice@acme.test", "right"))).toBe("ok");
  });

  it("refuses empty or malformed input without a lookup", async () => {
    const s = setup();
    expect(await s.code(authorizeCredentials(undefined, { ip: null, userAgent: null, throttleKey: "k" }, s.deps))).toBe(
      "invalid_credentials",
    );
    expect(await s.code(s.attempt("alice@acme.test", ""))).toBe("invalid_credentials");
    expect(s.verified).toEqual([]);
  });
});
