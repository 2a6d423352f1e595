// The Import route (app/(portal)/transfer/import): sessionRoute loads the signed-in user once —
// the request reader only checks origin and body — and a cross-site or unauthenticated request
// changes nothing. next-auth's cookie handling is stubbed (getServerSession returns what the JWT
// would say, and counts how often it is asked); the user behind it is checked against the database.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const jwt = vi.hoisted(() => ({ session: null as object | null, reads: 0 }));
vi.mock("next-auth", async (original) => ({
  ...(await original<typeof import("next-auth")>()),
  getServerSession: async () => {
    jwt.reads++;
    return jwt.session;
  },
}));

const { POST } = await import("../../app/(portal)/transfer/import/route.ts");
const { createUserSession } = await import("../../lib/auth/user-sessions.ts");
const { orgFixture, env } = await import("../support/org.ts");

type Org = Awaited<ReturnType<typeof orgFixture>>;
let org: Org;
let body: object;
beforeAll(async () => {
  org = await orgFixture("import-route");
  const user = org.users.holder;
  const sessionId = await createUserSession(user.id, { ip: null, userAgent: null });
  jwt.session = {
    expires: "",
    user: { id: user.id, email: user.email, name: user.name },
    sessionVersion: 0,
    sessionId,
  };
  body = {
    mode: "preview",
    target: { orgId: org.orgId, scope: "ORGANIZATION" },
    environmentId: env(org, "Development"),
    format: "dotenv",
    content: "IMPORTED_KEY=value\n",
  };
});
beforeEach(() => {
  jwt.reads = 0;
});

function post(origin: string, data: object) {
  const headers = { origin, host: "portal.test", "content-type": "application/json" };
  const req = new Request("http://portal.test/transfer/import", {
    method: "POST",
    headers,
    body: JSON.stringify(data),
  });
  return POST(req, { params: Promise.resolve({}) });
}

describe("POST /transfer/import", () => {
  it("previews for the signed-in user, reading the session once", async () => {
    const res = await post("http://portal.test", body);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ counts: { new: 1 }, names: { new: [{ line: 1, name: "IMPORTED_KEY" }] } });
    expect(jwt.reads).toBe(1);
  });

  it("refuses another origin with 403", async () => {
    const res = await post("http://evil.example", body);
    expect(res.status).toBe(403);
    expect((await res.json()).error.message).toBe("Cross-site requests are refused.");
  });
});
