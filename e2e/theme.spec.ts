// Dark mode (issue 18 §5): the portal follows the browser's colour preference, and "Theme" in the
// user menu (System / Light / Dark) overrides it, remembered in a cookie that the server reads:
// the page arrives with the right class on <html>, before any script runs.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { expectNoSeriousViolations } from "./support/accessibility.ts";

const html = (page: Page) => page.locator("html");
const body = (page: Page) => page.locator("body");
const background = (page: Page) => body(page).evaluate((b) => getComputedStyle(b).backgroundColor);

async function openUserMenu(page: Page) {
  await page.goto("/secrets");
  await expect(page.getByRole("heading", { level: 1, name: "Secrets Manager" })).toBeVisible();
  await page.getByRole("button", { name: "Bob Brown" }).click();
  return page.getByRole("dialog", { name: "User menu" });
}

/** The <html> start tag the server sends for `path` (with the page's cookies). */
async function servedHtmlTag(page: Page, path: string) {
  const body = await (await page.request.get(path)).text();
  return /<html[^>]*>/.exec(body)?.[0] ?? "";
}

test("Dark in the user menu turns the portal dark at once and after a reload", async ({ bobPage: page }) => {
  const menu = await openUserMenu(page);
  const theme = menu.getByRole("group", { name: "Theme" });
  await expect(theme.getByRole("radio", { name: "System" })).toBeChecked();
  await expect(html(page)).toHaveCSS("color-scheme", "light");
  const lightCanvas = await background(page);

  await theme.getByRole("radio", { name: "Dark" }).check();
  await expect(html(page)).toHaveClass("dark");
  await expect(html(page)).toHaveCSS("color-scheme", "dark");
  await expect(body(page)).not.toHaveCSS("background-color", lightCanvas);

  expect(await servedHtmlTag(page, "/secrets")).toContain('class="dark"');
  await page.reload();
  await expect(html(page)).toHaveCSS("color-scheme", "dark");
  await page.getByRole("button", { name: "Bob Brown" }).click();
  await expect(page.getByRole("radio", { name: "Dark" })).toBeChecked();
  await expectNoSeriousViolations(page, "the user menu, Dark chosen");
});

test.describe("with a browser that prefers dark", () => {
  test.use({ colorScheme: "dark" });

  test("System follows the browser, Light overrides it until System is chosen again", async ({ bobPage: page }) => {
    const menu = await openUserMenu(page);
    await expect(html(page)).toHaveCSS("color-scheme", "dark");
    const darkCanvas = await background(page);
    await menu.getByRole("radio", { name: "Light" }).check();
    await expect(html(page)).toHaveCSS("color-scheme", "light");
    await expect(body(page)).not.toHaveCSS("background-color", darkCanvas);
    expect(await servedHtmlTag(page, "/audit")).toContain('class="light"');

    await page.goto("/audit");
    await expect(html(page)).toHaveCSS("color-scheme", "light");
    await page.getByRole("button", { name: "Bob Brown" }).click();
    await page.getByRole("radio", { name: "System" }).check();
    await expect(html(page)).toHaveCSS("color-scheme", "dark");
    await expect(body(page)).toHaveCSS("background-color", darkCanvas);
    expect(await servedHtmlTag(page, "/audit")).not.toContain("class=");
  });

  test("the sign-in page is dark too, and passes axe", async ({ page }) => {
    await page.goto("/login");
    await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
    await expect(html(page)).toHaveCSS("color-scheme", "dark");
    await expectNoSeriousViolations(page, "the sign-in page in dark mode");
  });
});
