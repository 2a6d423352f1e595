// Who sees what (issue 4 §2, PRODUCT.md §2): personal secrets are their owner's alone — another
// member and even the Account Holder get the 404 page; a workspace Member sees its secrets
// without managing them.
import { expect, test } from "./fixtures.ts";
import { registerSecret, uniqueName } from "./support/secrets.ts";

// Each test sets up its data through the data layer (a child process): allow for a busy machine.
test.describe.configure({ mode: "parallel", timeout: 180_000 });

test("a personal secret is invisible to another member and to the Account Holder", async ({ bobPage, holderPage }) => {
  const name = uniqueName("e2e_private");
  const id = registerSecret("alice@acme.test", { name });
  for (const page of [bobPage, holderPage]) {
    await page.goto(`/secrets?q=${name}`);
    await expect(page.getByRole("row").filter({ hasText: name })).toHaveCount(0);
    for (const path of [`/secrets/${id}`, `/secrets/${id}/edit`]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
      await expect(page.locator("body")).not.toContainText(name);
    }
  }
});

test("a workspace Member sees the workspace's secrets but cannot edit or delete them", async ({ bobPage: page }) => {
  const name = uniqueName("e2e_ws_view");
  const id = registerSecret("alice@acme.test", { name, scope: "WORKSPACE" });
  await page.goto(`/secrets?q=${name}`);
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText("Workspace: Payments");
  await expect(row.getByRole("button", { name: "More options" })).toHaveCount(0);
  await page.goto(`/secrets/${id}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("button", { name: "Delete secret" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);
  await page.goto(`/secrets/${id}/edit`);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});
