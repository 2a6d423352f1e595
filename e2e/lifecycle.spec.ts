// The lifecycle in the browser, with the test clock (STRONGROOM_TEST_HOOKS=1): scheduled
// deletion and cancel, expiry, Inactive after 30 days unused, reminders 15/10/1 days before the
// deletion, a use reactivating, the automatic deletion. Everything happens in an isolated
// organization and every sweep is limited to it; the clock is per server, so these tests run
// serially and put it back to real time at the end.
import { execFileSync } from "node:child_process";
import path from "node:path";
import type { APIRequestContext, BrowserContext, Page } from "@playwright/test";
import { expect, signIn, test, type TestOrganization } from "./fixtures.ts";
import { DAY_MS as DAY } from "../lib/time/days.ts";

type Fixture = { org: TestOrganization; secrets: Record<string, string>; token: string };

let data: Fixture;
let t0 = 0;
// One signed-in page (the fixture organization's Account Holder) for the whole serial run.
let context: BrowserContext;
let page: Page;

// Sign-in and page loads are slow on a loaded 2-core machine: a generous per-test budget.
test.describe.configure({ mode: "serial", timeout: 180_000 });

async function clockTo(request: APIRequestContext, day: number) {
  const r = await request.post("/api/test/clock", { data: { now: new Date(t0 + day * DAY).toISOString() } });
  expect(r.status(), "the e2e server runs with STRONGROOM_TEST_HOOKS=1").toBe(200);
}

async function sweepAt(request: APIRequestContext, day: number) {
  await clockTo(request, day);
  const r = await request.post("/api/test/sweep", { data: { orgId: data.org.orgId } });
  expect(r.status()).toBe(200);
  return r.json();
}

const row = (page: Page, name: string) =>
  page.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });
const resolve = (request: APIRequestContext, name: string) =>
  request.post(`/api/v1/secrets/${name}/resolve`, {
    headers: { authorization: `Bearer ${data.token}` },
    data: { environment: "production" },
  });

test.beforeAll(async ({ request, browser, baseURL }) => {
  await request.post("/api/test/clock", { data: { now: new Date().toISOString() } });
  const root = path.resolve(__dirname, "..");
  const out = execFileSync(
    path.join(root, "node_modules/.bin/tsx"),
    ["--conditions=react-server", path.join(__dirname, "support/lifecycle-fixture.ts"), "e2e-life"],
    {
      cwd: root,
      // The values are encrypted with the test server's master keys (scripts/test-e2e.mjs).
      env: {
        ...process.env,
        STRONGROOM_MASTER_KEYS: process.env.STRONGROOM_E2E_MASTER_KEYS,
        STRONGROOM_MASTER_KEY_FILE: "",
      },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  data = JSON.parse(out) as Fixture;
  t0 = Date.now();
  context = await browser.newContext({ baseURL });
  page = await context.newPage();
  await signIn(page, data.org.users.holder.email, data.org.password);
  await expect(page).toHaveURL(/\/secrets/);
});

test.afterAll(async ({ request }) => {
  await request.post("/api/test/clock", { data: { now: new Date().toISOString() } });
  await context?.close();
});

test("day 0: scheduling a deletion makes the secret Scheduled for deletion and unusable", async ({ request }) => {
  for (const name of ["scheduled_key", "cancelled_key"]) {
    await page.goto(`/secrets/${data.secrets[name]}`);
    await page.getByRole("button", { name: "Delete secret" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Schedule deletion").check();
    await dialog.getByLabel("Type DELETE to confirm").fill("DELETE");
    await dialog.getByRole("button", { name: "Delete secret" }).click();
    await expect(page.getByRole("button", { name: "Cancel deletion" })).toBeVisible();
  }
  await page.goto("/secrets");
  await expect(row(page, "scheduled_key")).toContainText("Scheduled for deletion");
  const refused = await resolve(request, "scheduled_key");
  expect(refused.status()).toBe(409);
  expect(await refused.text()).toContain("scheduled for deletion");
});

test("day 3 – 11: expiry reminders 7 and 1 days before, then Expired and refused; Cancel deletion restores Active", async ({
  request,
}) => {
  await sweepAt(request, 3.5);
  await sweepAt(request, 9.5);
  await page.goto("/notifications");
  await expect(page.getByRole("listitem", { name: '"expiring_key" expires in 7 days' })).toHaveCount(1);
  await expect(page.getByRole("listitem", { name: '"expiring_key" expires in 1 day' })).toHaveCount(1);
  await expect(page.getByRole("link", { name: /^Notifications, [1-9]\d* unread$/ })).toBeVisible();

  const report = await sweepAt(request, 11);
  expect(report.expired).toBe(1);
  await page.goto("/secrets");
  await expect(row(page, "expiring_key")).toContainText("Expired");
  const refused = await resolve(request, "expiring_key");
  expect(refused.status()).toBe(409);
  expect(await refused.text()).toMatch(/expired on \d{4}-\d{2}-\d{2}/);

  await page.goto(`/secrets/${data.secrets.cancelled_key}`);
  await page.getByRole("button", { name: "Cancel deletion" }).click();
  await expect(page.getByRole("button", { name: "Cancel deletion" })).toHaveCount(0);
  await page.goto("/secrets");
  await expect(row(page, "cancelled_key")).toContainText("Active");
});

test("day 31: unused secrets are Inactive; the scheduled deletion happened on its day", async ({ request }) => {
  const report = await sweepAt(request, 31);
  expect(report.deleted).toBe(1);
  await page.goto("/secrets");
  await expect(row(page, "idle_key")).toContainText("Inactive");
  await expect(row(page, "grace_key")).toContainText("Inactive");
  await expect(row(page, "cancelled_key")).toContainText("Active");
  await expect(row(page, "scheduled_key")).toHaveCount(0);
  expect((await resolve(request, "scheduled_key")).status()).toBe(404);
});

test("day 45, 50, 59: a reminder appears 15, 10 and 1 days before the automatic deletion", async ({ request }) => {
  for (const [day, text] of [
    [45, "in 15 days"],
    [50, "in 10 days"],
    [59, "in 1 day"],
  ] as const) {
    await sweepAt(request, day);
    await page.goto("/notifications");
    await expect(page.getByRole("listitem", { name: `"idle_key" will be deleted ${text}` })).toHaveCount(1);
  }
  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.getByRole("link", { name: "Notifications, 0 unread" })).toBeVisible();
});

test("day 59: using an Inactive secret reactivates it and tells its managers", async ({ request }) => {
  await clockTo(request, 59.2);
  const used = await resolve(request, "grace_key");
  expect(used.status()).toBe(200);
  await page.goto("/secrets");
  await expect(row(page, "grace_key")).toContainText("Active");
  await page.goto("/notifications");
  await expect(page.getByRole("listitem", { name: '"grace_key" is Active again' })).toBeVisible();
});

test("day 60: the unused secret is deleted; the reactivated one is kept", async ({ request }) => {
  const report = await sweepAt(request, 60.5);
  expect(report.deleted).toBe(1);
  await page.goto("/secrets");
  await expect(row(page, "idle_key")).toHaveCount(0);
  await expect(row(page, "grace_key")).toContainText("Active");
  expect((await resolve(request, "idle_key")).status()).toBe(404);
  expect((await resolve(request, "grace_key")).status()).toBe(200);
});
