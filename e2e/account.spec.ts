// Account settings (issue 19, item 2): reached from the user menu; any user changes their name
// and password (a wrong current password is said at the field; the other sessions end), sees
// where they are signed in, ends another session, and signs out everywhere.
import type { Browser, Page } from "@playwright/test";
import { createTestOrganization, expect, submitSignIn, test, type TestOrganization } from "./fixtures.ts";
import { expectNoSeriousViolations } from "./support/accessibility.ts";

test.describe.configure({ mode: "parallel" });

const ON_LOGIN = /\/login(\?|$)/;
const PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Version/18.0 Mobile/15E148 Safari/604.1";

type Url = string | undefined;
async function signedInPage(browser: Browser, baseURL: Url, email: string, password: string, userAgent?: string) {
  const context = await browser.newContext({ baseURL, userAgent });
  const page = await context.newPage();
  await page.goto("/login");
  await submitSignIn(page, email, password);
  await expect(page).toHaveURL(/\/secrets$/);
  return { context, page };
}

async function openAccountSettings(page: Page, name: string) {
  const trigger = page.getByRole("button", { name, exact: true });
  await trigger.click();
  const menu = page.getByRole("dialog", { name: "User menu" });
  await menu.getByRole("link", { name: "Account settings" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { level: 1, name: "Account settings" })).toBeVisible();
}

let org: TestOrganization;
test.beforeAll(() => {
  org = createTestOrganization("e2e-account");
});

test("a Member changes their name from the user menu's Account settings", async ({ browser, baseURL }) => {
  const user = org.users.member1;
  const { context, page } = await signedInPage(browser, baseURL, user.email, org.password);
  await openAccountSettings(page, user.name);
  const name = page.getByLabel("Name", { exact: true });
  await expect(name).toHaveValue(user.name);
  await expect(page.getByLabel("E-mail")).toHaveValue(user.email);
  await name.fill("  ");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText("Enter your name.")).toBeVisible();
  await name.fill("Mira Member");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByRole("status").getByText("Name saved.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Mira Member", exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Mira Member");
  await context.close();
});

test("changing the password needs the current one and ends the other sessions", async ({ browser, baseURL }) => {
  const user = org.users.member2;
  const other = await signedInPage(browser, baseURL, user.email, org.password, PHONE);
  const { context, page } = await signedInPage(browser, baseURL, user.email, org.password);
  await page.goto("/account");
  const password = page.getByRole("region", { name: "Password" });
  await password.getByLabel("Current password").fill("not-my-password");
  await password.getByLabel("New password", { exact: true }).fill("short");
  await password.getByLabel("Confirm new password").fill("short");
  await password.getByRole("button", { name: "Change password" }).click();
  await expect(password.getByText("Use at least 12 characters.")).toBeVisible();

  const fresh = "a-fresh-passphrase-2026";
  await password.getByLabel("New password", { exact: true }).fill(fresh);
  await password.getByLabel("Confirm new password").fill(fresh);
  await password.getByRole("button", { name: "Change password" }).click();
  await expect(password.getByText("Current password is wrong.")).toBeVisible();
  // Nothing typed is lost: the new password is still there to submit again.
  await expect(password.getByLabel("New password", { exact: true })).toHaveValue(fresh);

  await password.getByLabel("Current password").fill(org.password);
  await password.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").getByText("Password changed. 1 other session ended.")).toBeVisible();
  await expect(password.getByLabel("Current password")).toHaveValue("");

  // The phone was signed out; this browser was not. The new password signs in.
  await other.page.goto("/secrets");
  await expect(other.page).toHaveURL(ON_LOGIN);
  await submitSignIn(other.page, user.email, org.password);
  await expect(other.page.getByRole("alert").filter({ hasText: "Wrong e-mail or password." })).toBeVisible();
  await submitSignIn(other.page, user.email, fresh);
  await expect(other.page).toHaveURL(/\/secrets$/);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Account settings" })).toBeVisible();
  await other.context.close();
  await context.close();
});

test("the sessions list marks this session, ends another, and Sign out everywhere ends all", async ({
  browser,
  baseURL,
}) => {
  const user = org.users.manager;
  const phone = await signedInPage(browser, baseURL, user.email, org.password, PHONE);
  const { context, page } = await signedInPage(browser, baseURL, user.email, org.password);
  await openAccountSettings(page, user.name);
  const sessions = page.getByRole("region", { name: "Active sessions" });
  const thisRow = sessions.getByRole("row").filter({ hasText: "This session" });
  await expect(thisRow).toHaveCount(1);
  await expect(thisRow).toContainText("127.0.0.1");
  await expect(thisRow.getByRole("button", { name: /End session/ })).toHaveCount(0);
  const phoneRow = sessions.getByRole("row").filter({ hasText: "Safari on iOS" });
  await expect(phoneRow).toHaveCount(1);
  await expect(phoneRow).toContainText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);

  await phoneRow.getByRole("button", { name: "End session on Safari on iOS" }).click();
  await expect(page.getByRole("status").getByText("Session on Safari on iOS ended.")).toBeVisible();
  await expect(phoneRow).toHaveCount(0);
  await phone.page.goto("/secrets");
  await expect(phone.page).toHaveURL(ON_LOGIN);

  const second = await signedInPage(browser, baseURL, user.email, org.password, PHONE);
  await page.reload();
  await expect(sessions.getByRole("row").filter({ hasText: "Safari on iOS" })).toHaveCount(1);
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(ON_LOGIN);
  await second.page.goto("/secrets");
  await expect(second.page).toHaveURL(ON_LOGIN);
  await Promise.all([phone.context.close(), second.context.close(), context.close()]);
});

test("a user without API tokens is told so; a Holder's tokens are listed with where to manage them", async ({
  browser,
  baseURL,
  holderPage,
}) => {
  const user = org.users.member1;
  const { context, page } = await signedInPage(browser, baseURL, user.email, org.password);
  await page.goto("/account");
  const tokens = page.getByRole("region", { name: "Your API tokens" });
  await expect(tokens.getByText("You have no API tokens.")).toBeVisible();
  await expect(tokens.getByRole("link", { name: "Manage API tokens" })).toHaveCount(0);
  await context.close();

  await holderPage.goto("/account");
  const held = holderPage.getByRole("region", { name: "Your API tokens" });
  await expect(held.getByRole("link", { name: "Manage API tokens" })).toHaveAttribute("href", "/settings/api-tokens");
});

test("Account settings passes the accessibility scan, wide and on a phone", async ({ bobPage: page }) => {
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/account");
    await expect(page.getByRole("heading", { level: 1, name: "Account settings" })).toBeVisible();
    await expectNoSeriousViolations(page, `Account settings at ${width} px`);
  }
});
