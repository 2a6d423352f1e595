// Security probe findings on sign-in (issue 13): open redirect after sign-in, sessions that
// survived sign-out, and a sign-in throttle that believed X-Forwarded-For.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { request as playwrightRequest, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { createTestOrganization, expect, submitSignIn, test, type TestOrganization } from "./fixtures.ts";
import { testServerEnv } from "./support/server-env.ts";

test.describe.configure({ mode: "parallel" });

const ON_LOGIN = /\/login(\?|$)/;
const PROBE = "/login?callbackUrl=%2F..%2F%2Fevil.example%2Fphish";

/** Signs in through next-auth's endpoint as the form does; returns next-auth's answer. */
async function postSignIn(api: APIRequestContext, form: Record<string, string>, headers: Record<string, string> = {}) {
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return api.post("/api/auth/callback/credentials", { form: { csrfToken, ...form }, headers, maxRedirects: 0 });
}

/** The sign-in error code in next-auth's JSON answer (`{ url: "/login?error=..." }`), or "ok". */
async function signInOutcome(res: Awaited<ReturnType<typeof postSignIn>>): Promise<string> {
  const { url } = (await res.json()) as { url: string };
  return new URL(url).searchParams.get("error") ?? "ok";
}

async function openUserMenu(page: Page, name: string) {
  const trigger = page.getByRole("button", { name, exact: true });
  await trigger.click();
  await expect(trigger).toHaveAttribute("aria-expanded", "true");
  return page.locator(`[id="${await trigger.getAttribute("aria-controls")}"]`);
}

async function signedInPage(browser: Browser, baseURL: string | undefined, email: string, password: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto("/login");
  await submitSignIn(page, email, password);
  await expect(page).toHaveURL(/\/secrets$/);
  return { context, page };
}

test.describe("after sign-in, only the portal's own pages", () => {
  let org: TestOrganization;
  test.beforeAll(() => {
    org = createTestOrganization("e2e-redirect");
  });

  test("the probe's callbackUrl lands on the Secrets Manager, not on another host", async ({ page, baseURL }) => {
    await page.goto(PROBE);
    await submitSignIn(page, org.users.member1.email, org.password);
    await expect(page).toHaveURL(`${baseURL}/secrets`);
    await expect(page.getByRole("heading", { level: 1, name: "Secrets Manager" })).toBeVisible();
  });

  test("signed in, the sign-in page redirects to a path of the portal", async ({ pageAs, baseURL }) => {
    const page = await pageAs("alice");
    const probes = [
      PROBE,
      "/login?callbackUrl=%2F%5Cevil.example",
      "/login?callbackUrl=%2F%09%2Fevil.example",
      "/login?callbackUrl=http%3A%2F%2Fevil.example%2F",
    ];
    for (const probe of probes) {
      const res = await page.request.get(probe, { maxRedirects: 0 });
      expect(res.status(), probe).toBe(307);
      const location = res.headers()["location"] ?? "";
      expect(location, probe).toBe("/secrets");
      expect(new URL(location, baseURL).origin, probe).toBe(new URL(baseURL!).origin);
    }
    const ownOrigin = encodeURIComponent(`${baseURL}/audit?x=1`);
    const own = await page.request.get(`/login?callbackUrl=${ownOrigin}`, { maxRedirects: 0 });
    expect(own.headers()["location"]).toBe("/audit?x=1");
  });

  test("next-auth never redirects elsewhere and refuses an unparsable callback URL with a 400", async ({ baseURL }) => {
    const api = await playwrightRequest.newContext({ baseURL });
    const credentials = { email: org.users.member2.email, password: org.password };
    const res = await postSignIn(api, { ...credentials, callbackUrl: "/..//evil.example/phish" });
    expect(res.status()).toBe(302);
    expect(res.headers()["location"]).toBe(`${baseURL}/secrets`);
    for (const bad of ["http://127.0.0.1:3500.evil.example/", "http://evil.example/"]) {
      const signin = await api.get(`/api/auth/signin?callbackUrl=${encodeURIComponent(bad)}`, { maxRedirects: 0 });
      expect(signin.status(), bad).toBe(400);
      expect(await signin.text()).not.toMatch(/at .*\.js|Error:/);
    }
    const posted = await postSignIn(api, { ...credentials, callbackUrl: "http://127.0.0.1:3500.evil.example/" });
    expect(posted.status()).toBe(302);
    expect(posted.headers()["location"]).toBe(`${baseURL}/secrets`);
    await api.dispose();
  });
});

test.describe("signing out ends the session on the server", () => {
  let org: TestOrganization;
  test.beforeAll(() => {
    org = createTestOrganization("e2e-signout");
  });

  test("a cookie saved before signing out no longer opens the portal", async ({ browser, baseURL }) => {
    const { context, page } = await signedInPage(browser, baseURL, org.users.manager.email, org.password);
    const saved = await context.storageState();
    const menu = await openUserMenu(page, org.users.manager.name);
    await menu.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page).toHaveURL(ON_LOGIN);
    await context.close();

    const replay = await browser.newContext({ baseURL, storageState: saved });
    const again = await replay.newPage();
    await again.goto("/secrets");
    await expect(again).toHaveURL(ON_LOGIN);
    await expect(again.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
    await replay.close();
  });

  test("Sign out everywhere ends the user's other sessions too", async ({ browser, baseURL }) => {
    const user = org.users.member1;
    const first = await signedInPage(browser, baseURL, user.email, org.password);
    const second = await signedInPage(browser, baseURL, user.email, org.password);
    const menu = await openUserMenu(first.page, user.name);
    await menu.getByRole("button", { name: "Sign out everywhere", exact: true }).click();
    await expect(first.page).toHaveURL(ON_LOGIN);
    await second.page.goto("/audit");
    await expect(second.page).toHaveURL(ON_LOGIN);
    // The page asked for is kept: signing in again opens it.
    await expect(second.page).toHaveURL(/\/login\?callbackUrl=%2Faudit$/);
    await submitSignIn(second.page, user.email, org.password);
    await expect(second.page).toHaveURL(/\/audit$/);
    await expect(second.page.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();
    await first.context.close();
    await second.context.close();
  });
});

test.describe("the sign-in throttle counts connections, not X-Forwarded-For", () => {
  // A server of its own (same build and database), so that these failures spend the tokens of
  // its own in-memory bucket, not those the other specs' sign-ins from 127.0.0.1 need.
  let server: ChildProcess;
  let url: string;
  test.beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    const env = { ...process.env, ...testServerEnv(url, process.env.DATABASE_URL!), STRONGROOM_TEST_HOOKS: "" };
    server = spawn(process.execPath, ["scripts/server.mjs", "-H", "127.0.0.1", "-p", String(port)], {
      cwd: path.resolve(__dirname, ".."),
      env,
      stdio: "ignore",
    });
    const status = async () => (await fetch(`${url}/login`).catch(() => null))?.status ?? 0;
    await expect.poll(status, { timeout: 60_000 }).toBe(200);
  });
  test.afterAll(() => {
    server?.kill("SIGTERM");
  });

  test("25 failed sign-ins, each claiming another address, are limited after 20", async () => {
    const api = await playwrightRequest.newContext({ baseURL: url });
    const run = Math.random().toString(36).slice(2, 8);
    const outcomes: string[] = [];
    for (let i = 0; i < 25; i++) {
      const res = await postSignIn(
        api,
        { email: `spray-${run}-${i}@nowhere.test`, password: "wrong-password", callbackUrl: "/secrets", json: "true" },
        { "X-Forwarded-For": `198.51.100.${i}` },
      );
      outcomes.push(await signInOutcome(res));
    }
    expect(outcomes.slice(0, 20)).toEqual(Array(20).fill("invalid_credentials"));
    expect(outcomes.slice(20)).toEqual(Array(5).fill(expect.stringMatching(/^rate_limited:\d+$/)));
    await api.dispose();
  });
});

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
      .once("error", reject)
      .listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
  });
}
