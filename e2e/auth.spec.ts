// Sign-in, sign-out, redirects and lock-out (issue 2 §3, §8).
import {
  DEMO_PASSWORD,
  DEMO_USER_KEYS,
  DEMO_USERS,
  ORG_ROLE_LABELS,
  createTestOrganization,
  expect,
  signIn,
  submitSignIn,
  test,
  type TestOrganization,
} from "./fixtures.ts";
import type { Page } from "@playwright/test";

test.describe.configure({ mode: "parallel" });

const ON_LOGIN = /\/login(\?|$)/;

const MAIN_NAV = ["Secrets Manager", "Quick Commands", "Audit log", "Notifications", "Settings"];

const WRONG_CREDENTIALS = "Wrong e-mail or password.";
const LOCKED = "Too many failed sign-in attempts";

/** The alert saying `text` (by text: Next.js also keeps a role="alert" route announcer on every page). */
const alertSaying = (page: Page, text: string | RegExp) => page.getByRole("alert").filter({ hasText: text });

/** Opens the user menu (a disclosure button named after the user) and returns the panel it controls. */
async function openUserMenu(page: Page, name: string) {
  const trigger = page.getByRole("button", { name, exact: true });
  await trigger.click();
  await expect(trigger).toHaveAttribute("aria-expanded", "true");
  return page.locator(`[id="${await trigger.getAttribute("aria-controls")}"]`);
}

test.describe("demo organization", () => {
  for (const key of DEMO_USER_KEYS) {
    const user = DEMO_USERS[key];
    const roleLabel = ORG_ROLE_LABELS[user.role];

    test(`${user.email} signs in as ${roleLabel} and lands on the Secrets Manager`, async ({ page }) => {
      await signIn(page, user.email);
      await expect(page).toHaveURL(/\/secrets$/);
      await expect(page.getByRole("heading", { level: 1, name: "Secrets Manager" })).toBeVisible();
      const nav = page.getByRole("navigation", { name: "Main" });
      for (const name of MAIN_NAV) await expect(nav.getByRole("link", { name, exact: true })).toBeVisible();
      const menu = await openUserMenu(page, user.name);
      await expect(menu.getByText(user.email, { exact: true })).toBeVisible();
      await expect(menu.getByText(roleLabel, { exact: true })).toBeVisible();
      await expect(menu.getByRole("button", { name: "Sign out", exact: true })).toBeVisible();
    });
  }

  test("an unauthenticated visit to the audit log goes through sign-in and back", async ({ page }) => {
    await page.goto("/audit");
    await expect(page).toHaveURL(ON_LOGIN);
    await submitSignIn(page, DEMO_USERS.alice.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/audit$/);
  });

  for (const key of DEMO_USER_KEYS) {
    test(`the saved session of ${key} opens the portal`, async ({ pageAs }) => {
      const page = await pageAs(key);
      await page.goto("/secrets");
      await expect(page.getByRole("heading", { level: 1, name: "Secrets Manager" })).toBeVisible();
      await expect(page.getByRole("button", { name: DEMO_USERS[key].name, exact: true })).toBeVisible();
    });
  }
});

// Tests that change a user's state (failed attempts, lock-out, sign-out) use their own
// organization, so the demo users are never locked or signed out.
test.describe("account protection", () => {
  let org: TestOrganization;
  test.beforeAll(() => {
    org = createTestOrganization("e2e-auth");
  });

  test("a wrong password says so and keeps the typed e-mail", async ({ page }) => {
    const email = org.users.member1.email;
    await signIn(page, email, "not-the-right-password");
    await expect(alertSaying(page, WRONG_CREDENTIALS)).toBeVisible();
    await expect(page).toHaveURL(ON_LOGIN);
    await expect(page.getByLabel("E-mail", { exact: true })).toHaveValue(email);
  });

  test("an unknown e-mail gets the same message", async ({ page }) => {
    await signIn(page, `nobody@${org.slug}.test`, "not-the-right-password");
    await expect(alertSaying(page, WRONG_CREDENTIALS)).toBeVisible();
  });

  test("signing out returns to sign-in and protected pages then redirect there", async ({ page }) => {
    await signIn(page, org.users.manager.email, org.password);
    await expect(page).toHaveURL(/\/secrets$/);
    const menu = await openUserMenu(page, org.users.manager.name);
    await menu.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page).toHaveURL(ON_LOGIN);
    await page.goto("/secrets");
    await expect(page).toHaveURL(ON_LOGIN);
    await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
  });

  test("five failed attempts lock the account, even for the right password", async ({ page }) => {
    const email = org.users.member2.email;
    for (let attempt = 1; attempt <= 5; attempt++) {
      // A fresh form each time: the alert that appears belongs to this attempt (the fifth
      // failure may already report the lock).
      await signIn(page, email, `wrong-password-${attempt}`);
      await expect(
        alertSaying(
          page,
          attempt < 5 ? WRONG_CREDENTIALS : /Wrong e-mail or password\.|Too many failed sign-in attempts/,
        ),
      ).toBeVisible();
    }
    await signIn(page, email, org.password);
    await expect(alertSaying(page, LOCKED)).toBeVisible();
    await expect(page).toHaveURL(ON_LOGIN);
  });
});
