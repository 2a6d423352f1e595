// The logo (issue 18 §5): the mark and wordmark on the sign-in page and in the sidebar, and the
// same mark as the favicon (app/icon.svg), served as SVG without a session.
import { expect, test } from "./fixtures.ts";

test("the sign-in page shows the wordmark and links the favicon, which is served as SVG", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("main").getByText("Strongroom", { exact: true })).toBeVisible();
  const icon = page.locator('head link[rel="icon"][type="image/svg+xml"]');
  await expect(icon).toHaveCount(1);
  const answer = await page.request.get((await icon.getAttribute("href")) ?? "");
  expect(answer.status()).toBe(200);
  expect(answer.headers()["content-type"]).toContain("image/svg+xml");
  expect(await answer.text()).toContain("<svg");
});

test("the sidebar carries the wordmark", async ({ bobPage: page }) => {
  await page.goto("/secrets");
  await expect(page.getByRole("complementary").getByText("Strongroom", { exact: true })).toBeVisible();
});
