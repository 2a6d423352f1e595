import { afterEach, describe, expect, it } from "vitest";
import { NextRequest, NextResponse } from "next/server";
import { resetEnvCache } from "@/lib/env";
import { withPagePolicy } from "./page-policy.ts";

const saved = { ...process.env };

function configure(vars: Record<string, string>) {
  Object.assign(process.env, { DATABASE_URL: "file:./data/unused.db", ...vars });
  resetEnvCache();
}

afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
});

const request = (path: string, headers: Record<string, string> = {}) =>
  new NextRequest(`http://127.0.0.1:3000${path}`, { headers });
const hsts = (answer: Response) => answer.headers.get("strict-transport-security");

describe("withPagePolicy", () => {
  it("hands the nonce and policy to the page on the request, and the policy to the browser", async () => {
    configure({ NEXTAUTH_URL: "http://127.0.0.1:3000" });
    let seen: NextRequest | undefined;
    const answer = await withPagePolicy(request("/secrets"), (r) => {
      seen = r;
      return undefined;
    });
    const policy = answer.headers.get("content-security-policy")!;
    // Next reads the nonce from the request's policy (no other header carries it).
    const nonce = /'nonce-([^']*)'/.exec(seen!.headers.get("content-security-policy")!)![1]!;
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(policy).toContain(`'nonce-${nonce}'`);
    expect(seen!.headers.get("content-security-policy")).toBe(policy);
    // Nothing returned: the request goes on to Next with the headers (Next's override headers).
    expect(answer.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(hsts(answer)).toBeNull();
  });

  it("keeps what the rest of the proxy answers (a redirect to sign-in) and adds the headers to it", async () => {
    configure({ NEXTAUTH_URL: "https://secrets.example.com" });
    const signIn = () => NextResponse.redirect("https://secrets.example.com/login");
    const answer = await withPagePolicy(request("/secrets"), signIn);
    expect(answer.status).toBe(307);
    expect(answer.headers.get("content-security-policy")).toMatch(/upgrade-insecure-requests$/);
    expect(hsts(answer)).toBe("max-age=63072000; includeSubDomains");
  });

  it("sends HSTS for X-Forwarded-Proto: https only when the proxy is trusted", async () => {
    configure({ NEXTAUTH_URL: "http://127.0.0.1:3000", STRONGROOM_TRUST_PROXY: "1" });
    const forwarded = { "x-forwarded-proto": "https" };
    expect(hsts(await withPagePolicy(request("/login", forwarded), () => undefined))).not.toBeNull();
    configure({ NEXTAUTH_URL: "http://127.0.0.1:3000", STRONGROOM_TRUST_PROXY: "" });
    expect(hsts(await withPagePolicy(request("/login", forwarded), () => undefined))).toBeNull();
  });

  it("leaves API routes and Next's assets alone (next.config.mjs gives them their policy)", async () => {
    configure({});
    for (const path of ["/api/v1/secrets", "/_next/static/x.js"]) {
      const answer = await withPagePolicy(request(path), () => NextResponse.json({ reached: true }));
      expect(answer.headers.get("content-security-policy"), path).toBeNull();
    }
  });
});
