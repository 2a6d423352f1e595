// The Audit log page: filters in the URL (secret and actor found by searching the server), CSV
// export, columns that can be hidden, times in the viewer's time zone, sign-in events with the
// client address, and visibility (Holders see the organization's records; a Member sees their
// own actions and the records of their own personal secrets).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { createTestOrganization, expect, signIn, submitSignIn, test } from "./fixtures.ts";

const root = path.resolve(__dirname, "..");

type Seeded = { orgSecret: string; alicePersonal: string; bobPersonal: string; value: string };

function seedAuditEvents(): Seeded {
  const out = execFileSync(
    path.join(root, "node_modules/.bin/tsx"),
    [
      "--conditions=react-server",
      path.join(__dirname, "support/seed-audit-events.ts"),
      `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`,
    ],
    {
      cwd: root,
      // The test server's master key, so that the server can use what this process encrypts.
      env: {
        ...process.env,
        STRONGROOM_MASTER_KEYS: process.env.STRONGROOM_E2E_MASTER_KEYS,
        STRONGROOM_MASTER_KEY_FILE: "",
      },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  return JSON.parse(out) as Seeded;
}

let seeded: Seeded;
test.beforeAll(() => {
  seeded = seedAuditEvents();
});

/** Types into a search field of the filters and picks the server's suggestion `name`. */
async function chooseSuggestion(page: Page, field: "Secret" | "Actor", typed: string, name: string) {
  const box = page.getByRole("combobox", { name: field });
  await box.fill(typed);
  await page
    .getByRole("listbox", { name: `${field} suggestions` })
    .getByRole("option", { name, exact: true })
    .click();
  await expect(box).toHaveValue(name);
}

const records = (page: Page) => page.getByRole("table", { name: /Audit records/ }).locator("tbody tr");

test("a Holder filters the organization's log by secret and action, in the URL", async ({ holderPage: page }) => {
  await page.goto("/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await chooseSuggestion(page, "Secret", seeded.orgSecret.slice(0, -2).toUpperCase(), seeded.orgSecret);
  await page.getByLabel("Action").selectOption({ label: "Used value" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/secretId=.+&.*action=secret\.use/);
  const rows = records(page);
  await expect(rows).toHaveCount(1);
  // The action names its object, on one line.
  await expect(rows.first().getByRole("cell").nth(2)).toHaveText(`Used value «${seeded.orgSecret}»`);
  await expect(rows.first()).toContainText("Production");
  // The user agent is a column the viewer can show (and hide again); the choice is kept.
  await expect(rows.first()).not.toContainText("e2e-audit");
  await page.getByRole("button", { name: "Columns" }).click();
  await page.getByRole("checkbox", { name: "User agent" }).check();
  await expect(page.getByRole("columnheader", { name: "User agent" })).toBeVisible();
  await expect(rows.first()).toContainText("e2e-audit");
  await page.getByRole("checkbox", { name: "IP" }).uncheck();
  await expect(page.getByRole("columnheader", { name: "IP" })).toHaveCount(0);
  await page.getByRole("button", { name: "Columns" }).click();
  await page.getByLabel("Action").selectOption({ label: "Registered secret" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(rows).toHaveCount(1);
  await expect(page.getByRole("combobox", { name: "Secret" })).toHaveValue(seeded.orgSecret);
  await expect(rows.first()).toContainText("holder@acme.test");
  await expect(rows.first()).toContainText(`Registered secret «${seeded.orgSecret}»`);
  await expect(page.getByRole("columnheader", { name: "User agent" })).toBeVisible();
  await page.getByRole("button", { name: "Columns" }).click();
  await page.getByRole("checkbox", { name: "IP" }).check();
  await page.getByRole("checkbox", { name: "User agent" }).uncheck();
  await page.getByRole("button", { name: "Columns" }).click();
  // Other people's personal secrets are not among the Holder's suggestions or records.
  await page.getByRole("combobox", { name: "Secret" }).fill(seeded.alicePersonal);
  await expect(page.getByText("No secret in the log matches.")).toBeVisible();
  await expect(page.locator("body")).not.toContainText(seeded.value);
});

test("the CSV export carries the filtered records and no value", async ({ holderPage: page }) => {
  await page.goto("/audit");
  await chooseSuggestion(page, "Secret", seeded.orgSecret, seeded.orgSecret);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/secretId=/);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Export CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^strongroom-audit-acme-.*\.csv$/);
  const csv = readFileSync((await download.path())!, "utf8");
  const lines = csv.trim().split("\r\n");
  expect(lines[0]).toContain("Time (UTC),Actor,Actor type,Action,Action code,Object,Secret");
  expect(lines[1]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z,/);
  expect(lines.slice(1).every((l) => l.includes(seeded.orgSecret))).toBe(true);
  expect(csv).toContain("Used value");
  expect(csv).toContain("Registered secret");
  expect(csv).not.toContain(seeded.value);
  // The export itself is audited.
  await page.goto("/audit?action=audit.export");
  await expect(
    page
      .getByRole("table", { name: /Audit records/ })
      .locator("tbody tr")
      .first(),
  ).toContainText("Exported audit log");
});

test("a Member sees only the records of their own personal secrets", async ({ alicePage: page }) => {
  await page.goto("/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  const scope = "Your own actions and sign-ins, and the records of your personal secrets.";
  await expect(page.getByText(scope)).toBeVisible();
  const table = page.getByRole("table", { name: /Audit records/ });
  await expect(table).toContainText(seeded.alicePersonal);
  await expect(table).not.toContainText(seeded.orgSecret);
  await expect(table).not.toContainText(seeded.bobPersonal);
  await page.getByRole("combobox", { name: "Secret" }).fill("audit_");
  const suggestions = page.getByRole("listbox", { name: "Secret suggestions" });
  await expect(suggestions.getByRole("option", { name: seeded.alicePersonal })).toBeVisible();
  await expect(suggestions.getByRole("option", { name: seeded.orgSecret })).toHaveCount(0);
  await expect(suggestions.getByRole("option", { name: seeded.bobPersonal })).toHaveCount(0);
  const res = await page.request.get("/audit/export");
  expect(res.status()).toBe(200);
  const csv = await res.text();
  expect(csv).toContain(seeded.alicePersonal);
  expect(csv).not.toContain(seeded.orgSecret);
  expect(csv).not.toContain(seeded.bobPersonal);
});

test.describe("sign-in events", () => {
  // A time zone far from UTC, so that a time shown in UTC would not pass for local time.
  test.use({ timezoneId: "Asia/Kolkata" });

  test("failed sign-ins, a lock-out, sign-ins and sign-outs reach the Holder's log with the client address", async ({
    browser,
    baseURL,
  }) => {
    const org = createTestOrganization("e2e-audit-signin");
    const guest = await (await browser.newContext({ baseURL })).newPage();
    await guest.goto("/login");
    await submitSignIn(guest, org.users.member1.email, "not-the-password");
    // (by text: Next.js also keeps a role="alert" route announcer on every page)
    await expect(guest.getByRole("alert").filter({ hasText: "Wrong e-mail or password." })).toBeVisible();
    for (let i = 1; i <= 5; i++) {
      // A fresh form each time: the alert that appears belongs to this attempt.
      await signIn(guest, org.users.member2.email, `wrong-${i}`);
      const answer = i < 5 ? "Wrong e-mail or password." : /Wrong e-mail or password\.|Too many failed sign-in/;
      await expect(guest.getByRole("alert").filter({ hasText: answer })).toBeVisible();
    }

    const context = await browser.newContext({ baseURL, timezoneId: "Asia/Kolkata" });
    const holder = await context.newPage();
    await holder.goto("/login");
    await submitSignIn(holder, org.users.holder.email, org.password);
    await expect(holder).toHaveURL(/\/secrets$/);

    await holder.goto("/audit");
    await holder.getByLabel("Action").selectOption({ label: "Failed sign-in" });
    await holder.getByRole("button", { name: "Apply filters" }).click();
    const rows = records(holder);
    const wrong = rows.filter({ hasText: org.users.member1.email });
    await expect(wrong).toHaveCount(1);
    await expect(wrong).toContainText("Failed sign-in");
    await expect(wrong).toContainText("Failure");
    await expect(wrong).toContainText("127.0.0.1");
    // Local time to the second (India is UTC+05:30), the exact instant in the title.
    const time = wrong.locator("time");
    const iso = (await time.getAttribute("datetime"))!;
    const local = new Date(new Date(iso).getTime() + 330 * 60_000).toISOString().slice(0, 19).replace("T", " ");
    await expect(time).toHaveText(local);

    await holder.getByLabel("Action").selectOption({ label: "Locked out" });
    await holder.getByRole("button", { name: "Apply filters" }).click();
    // Until the new rows are in, the five failed sign-ins of member2 are still listed.
    const lockedOut = rows.filter({ hasText: org.users.member2.email });
    await expect(lockedOut).toHaveCount(1);
    await expect(lockedOut).toContainText("Locked out");
    await expect(lockedOut).toContainText("127.0.0.1");

    await holder.getByLabel("Action").selectOption({ label: "Signed in" });
    await holder.getByRole("button", { name: "Apply filters" }).click();
    await expect(rows.filter({ hasText: org.users.holder.email }).first()).toContainText("127.0.0.1");

    // The actor search: a suggestion filters by exactly that person; typed text alone by part
    // of the actor's name (here the e-mail typed at the failed sign-in).
    await holder.getByLabel("Action").selectOption({ label: "All actions" });
    await chooseSuggestion(holder, "Actor", "HOLDER@E2E-AUDIT", org.users.holder.email);
    await holder.getByRole("button", { name: "Apply filters" }).click();
    await expect(holder).toHaveURL(/actor=user%3A/);
    await expect(rows.filter({ hasNotText: org.users.holder.email })).toHaveCount(0);
    await holder.getByRole("combobox", { name: "Actor" }).fill("member1@e2e-audit");
    await holder.getByRole("button", { name: "Apply filters" }).click();
    await expect(holder).toHaveURL(/actorName=member1%40e2e-audit/);
    await expect(rows.first()).toContainText(org.users.member1.email);
    await expect(rows.filter({ hasNotText: org.users.member1.email })).toHaveCount(0);

    // Signing out is recorded too.
    await holder.getByRole("button", { name: org.users.holder.name, exact: true }).click();
    await holder.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(holder).toHaveURL(/\/login/);
    await submitSignIn(holder, org.users.holder.email, org.password);
    await expect(holder).toHaveURL(/\/secrets$/);
    await holder.goto("/audit?action=auth.sign_out");
    await expect(rows.filter({ hasText: org.users.holder.email }).first()).toContainText("Signed out");
    await expect(rows.filter({ hasText: org.users.holder.email }).first()).toContainText("127.0.0.1");
    await context.close();
  });
});
