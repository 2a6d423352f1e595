// The phone layout (issue 18 §5): at 390 px the main navigation hides behind "Menu" (a
// disclosure that works by keyboard and closes on navigation), and no screen scrolls sideways
// (wide tables scroll inside their own region).
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { registerSecret, uniqueName } from "./support/secrets.ts";

const PHONE = { width: 390, height: 844 };
const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });
const menuButton = (page: Page) => page.getByRole("button", { name: "Menu", exact: true });

test.describe("on a phone", () => {
  test.use({ viewport: PHONE });

  test("Menu opens the navigation, and a link navigates and closes it", async ({ holderPage: page }) => {
    await page.goto("/secrets");
    await expect(page.getByRole("heading", { level: 1, name: "Secrets Manager" })).toBeVisible();
    await expect(mainNav(page)).toBeHidden();
    await expect(menuButton(page)).toHaveAttribute("aria-expanded", "false");

    await menuButton(page).click();
    await expect(menuButton(page)).toHaveAttribute("aria-expanded", "true");
    await expect(mainNav(page).getByRole("link", { name: "Secrets Manager" })).toHaveAttribute("aria-current", "page");
    await mainNav(page).getByRole("link", { name: "Quick Commands" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Quick Commands" })).toBeVisible();
    await expect(mainNav(page)).toBeHidden();
    await expect(menuButton(page)).toHaveAttribute("aria-expanded", "false");
  });

  test("Menu works by keyboard: Enter opens, Tab reaches the links, Escape closes", async ({ holderPage: page }) => {
    await page.goto("/audit");
    await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
    await menuButton(page).focus();
    await page.keyboard.press("Enter");
    await expect(mainNav(page)).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(mainNav(page).getByRole("link", { name: "Secrets Manager" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(mainNav(page)).toBeHidden();
    await expect(menuButton(page)).toBeFocused();
    await page.keyboard.press("Enter");
    await mainNav(page).getByRole("link", { name: "Settings" }).press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
    await expect(mainNav(page)).toBeHidden();
  });

  test.describe("no screen scrolls sideways", () => {
    let secretId = "";
    test.beforeAll(() => {
      secretId = registerSecret("holder@acme.test", {
        name: uniqueName("phone_layout_secret_with_a_long_name"),
        scope: "ORGANIZATION",
        description: "A description long enough to wrap on a phone screen without widening the page at all.",
        usages: [{ consumerName: "Billing agent", location: "header Authorization" }],
      });
    });

    const screens: [path: string, title: string | RegExp][] = [
      ["/secrets", "Secrets Manager"],
      ["/secrets/new", "Register secret"],
      ["/quick-commands", "Quick Commands"],
      ["/quick-commands/new", "New quick command"],
      ["/audit", "Audit log"],
      ["/notifications", "Notifications"],
      ["/settings/members", "Settings"],
      ["/settings/environments", "Settings"],
      ["/settings/lifecycle", "Settings"],
      ["/settings/api-tokens", "Settings"],
    ];
    for (const [path, title] of screens) {
      test(path, async ({ holderPage: page }) => {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
        await expectNoSidewaysScroll(page);
      });
    }

    test("a secret's page", async ({ holderPage: page }) => {
      await page.goto(`/secrets/${secretId}`);
      await expect(page.getByRole("heading", { level: 1, name: /phone_layout_secret/ })).toBeVisible();
      await expectNoSidewaysScroll(page);
    });
  });
});

test("on a laptop the navigation is always shown and there is no Menu button", async ({ holderPage: page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/secrets");
  await expect(mainNav(page).getByRole("link", { name: "Audit log" })).toBeVisible();
  await expect(menuButton(page)).toBeHidden();
});

async function expectNoSidewaysScroll(page: Page) {
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await expect.poll(overflow, { message: "the page is wider than the phone's screen" }).toBeLessThanOrEqual(0);
}
