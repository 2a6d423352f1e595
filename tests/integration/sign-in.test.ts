// The credentials sign-in as next-auth runs it (the provider's authorize with the database
// behind it), fed with the headers the production server hands the application
// (scripts/server.mjs stamps the socket address; lib/http/client-address.mjs):
//  - the per-client throttle keys on the connection, not on a client's X-Forwarded-For;
//  - an unknown e-mail locks out exactly like an account and gets the same words.
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

const { db } = await import("../../lib/db/index.ts");
const { authOptions } = await import("../../lib/auth/options.ts");
const { signInErrorMessage } = await import("../../lib/auth/sign-in-errors.ts");
const { SIGN_IN_BUCKET_POLICY } = await import("../../lib/auth/login-throttle.ts");
const { resetEnvCache } = await import("../../lib/env/index.ts");
const { stampClientAddress } = await import("../../lib/http/client-address.mjs");
const { orgFixture } = await import("../support/org.ts");

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
type CredentialsProvider = { options: { authorize: Authorize } };
const credentials = authOptions.providers.find((p) => p.id === "credentials") as unknown as CredentialsProvider;

/** The request headers the production server passes on for a connection from `socket`. */
function fromSocket(socket: string, headers: Record<string, string> = {}): Record<string, string> {
  const req = { socket: { remoteAddress: socket }, headers: { "user-agent": "vitest", ...headers } };
  stampClientAddress(req, Number(process.env.STRONGROOM_TRUST_PROXY || 0));
  return req.headers;
}

/** The words the sign-in form shows for one attempt ("ok" for a success). */
async function attempt(email: string, password: string, headers: Record<string, string>): Promise<string> {
  try {
    await credentials.options.authorize({ email, password }, { headers });
    return "ok";
  } catch (e) {
    return signInErrorMessage((e as Error).message) ?? "?";
  }
}

function trustProxy(value: string) {
  process.env.STRONGROOM_TRUST_PROXY = value;
  resetEnvCache();
}

beforeEach(() => {
  (globalThis as { strongroomSignInBucket?: unknown }).strongroomSignInBucket = undefined;
  trustProxy("");
});

describe("per-client sign-in throttle", () => {
  it("limits 25 failures from one connection after the configured count, whatever X-Forwarded-For each one claims", async () => {
    const run = Math.random().toString(36).slice(2, 8);
    const answers: string[] = [];
    for (let i = 0; i < 25; i++) {
      const headers = fromSocket("192.0.2.50", { "x-forwarded-for": `198.51.100.${i}` });
      answers.push(await attempt(`spray-${run}-${i}@nowhere.test`, "wrong-password", headers));
    }
    const limit = SIGN_IN_BUCKET_POLICY.capacity;
    expect(answers.slice(0, limit).every((a) => a === "Wrong e-mail or password.")).toBe(true);
    const limited = expect.stringMatching(/^Too many sign-in attempts from your network/);
    expect(answers.slice(limit)).toEqual(Array(25 - limit).fill(limited));
    // Another connection is another client.
    const other = await attempt(`spray-${run}-x@nowhere.test`, "wrong-password", fromSocket("192.0.2.51"));
    expect(other).toBe("Wrong e-mail or password.");
    // The audit records the socket address, not the claim.
    const failed = await db.auditEvent.findFirst({
      where: { action: "auth.sign_in_failed", actorLabel: `spray-${run}-0@nowhere.test` },
    });
    expect(failed?.ip).toBe("192.0.2.50");
  });

  it("behind a trusted proxy (STRONGROOM_TRUST_PROXY=1), the address the proxy saw is the client", async () => {
    trustProxy("1");
    const run = Math.random().toString(36).slice(2, 8);
    const answers = new Set<string>();
    for (let i = 0; i < 25; i++) {
      const headers = fromSocket("10.0.0.1", { "x-forwarded-for": `6.6.6.6, 198.51.100.${i}` });
      answers.add(await attempt(`proxied-${run}-${i}@nowhere.test`, "wrong-password", headers));
    }
    expect([...answers]).toEqual(["Wrong e-mail or password."]);
    const failed = await db.auditEvent.findFirst({
      where: { action: "auth.sign_in_failed", actorLabel: `proxied-${run}-3@nowhere.test` },
    });
    expect(failed?.ip).toBe("198.51.100.3");
  });
});

describe("account enumeration", () => {
  it("after five failures each, a known and an unknown e-mail get identical answers, and no user row appears", async () => {
    const org = await orgFixture("enum");
    const known = org.users.member1.email;
    const unknown = `nobody-${org.slug}@nowhere.test`;
    const answersFor = async (email: string, socket: string) => {
      const out: string[] = [];
      for (let i = 1; i <= 6; i++) out.push(await attempt(email, `wrong-password-${i}`, fromSocket(socket)));
      out.push(await attempt(email, email === known ? org.password : "any-password", fromSocket(socket)));
      return out;
    };
    const knownAnswers = await answersFor(known, "192.0.2.60");
    expect(knownAnswers.slice(0, 4)).toEqual(Array(4).fill("Wrong e-mail or password."));
    expect(knownAnswers.slice(4)).toEqual(Array(3).fill("Too many failed sign-in attempts. Try again in 15 minutes."));
    expect(await answersFor(unknown, "192.0.2.61")).toEqual(knownAnswers);
    expect(await db.user.findUnique({ where: { email: unknown } })).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "auth.locked_out", actorLabel: unknown } })).toBe(1);
  });
});
