// A click in the moment between the page appearing and React taking it over must not be lost:
// the menu buttons (and the register wizard's Next) stay disabled until then, so the click waits. The page's scripts are held
// back here to make that moment long; without the guard these clicks hit an inert button.
import type { Page } from "@playwright/test";
import { DEMO_USERS, expect, test } from "./fixtures.ts";
import { registerSecret, uniqueName } from "./support/secrets.ts";

test.describe.configure({ timeout: 180_000 });

async function openWithScriptsHeldBack(page: Page, url: string) {
  await page.route("**/_next/static/chunks/**", async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.goto(url, { waitUntil: "domcontentloaded" });
}

test("the user menu opens when clicked before the page is interactive", async ({ alicePage: page }) => {
  await openWithScriptsHeldBack(page, "/secrets");
  const trigger = page.getByRole("button", { name: DEMO_USERS.alice.name, exact: true });
  await expect(trigger).toBeVisible();
  await trigger.click();
  await expect(trigger).toHaveAttribute("aria-expanded", "true");
  await expect(
    page.getByRole("dialog", { name: "User menu" }).getByRole("button", { name: "Sign out", exact: true }),
  ).toBeVisible();
});

test("a row menu opens when clicked before the page is interactive", async ({ alicePage: page }) => {
  const name = uniqueName("e2e_early");
  registerSecret("alice@acme.test", { name });
  await openWithScriptsHeldBack(page, `/secrets?q=${name}`);
  const more = page.getByRole("row", { name: new RegExp(name) }).getByRole("button", { name: "More options" });
  await expect(more).toBeVisible();
  await more.click();
  await expect(page.getByRole("menuitem", { name: "Edit" })).toBeVisible();
});

test("the register wizard's Next waits for the page to be interactive", async ({ alicePage: page }) => {
  await openWithScriptsHeldBack(page, "/secrets/new");
  const next = page.getByRole("button", { name: "Next", exact: true });
  await expect(next).toBeDisabled();
  // The click waits for React: the form is never submitted by the browser itself.
  await next.click();
  await expect(page).toHaveURL(/\/secrets\/new$/);
  await page.getByRole("radio", { name: "Personal", exact: true }).check();
  await next.click();
  await expect(page.getByRole("heading", { level: 2, name: "Credential" })).toBeVisible();
  await expect(page).toHaveURL(/\/secrets\/new$/);
});
