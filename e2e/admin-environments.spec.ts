// Settings → Environments (issue 8 §4–5): add Test and Live, Copy values Test → Live with a
// preview, the value matrix showing what is missing and what is the same, and a deletion
// refused while values exist.
import { createTestOrganization, expect, test } from "./fixtures.ts";
import { holderOf } from "./support/admin.ts";
import { importFile } from "./support/import-file.ts";

test("Test → Live: preview, copy, and the value matrix", async ({ browser, baseURL }) => {
  const org = createTestOrganization("e2e-env");
  const page = await holderOf(browser, baseURL, org);
  await page.goto("/settings/environments");
  for (const name of ["Test", "Live"]) {
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByRole("button", { name: "Add environment" }).click();
    await expect(page.getByRole("row").filter({ hasText: name }).first()).toContainText(name.toLowerCase());
  }
  await importFile(page, {
    location: "Organization",
    environment: "Test",
    name: "test.env",
    content: "STRIPE_KEY=sk_test_1\nSMTP_PASSWORD=pw\n",
    expectPreview: /2 new, 0 changed/,
  });

  await page.goto("/secrets/matrix");
  const stripe = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "STRIPE_KEY" }) });
  await expect(stripe).toContainText("Missing");

  await page.goto("/settings/environments");
  await page.getByRole("button", { name: "Copy values" }).click();
  const dialog = page.getByRole("dialog", { name: "Copy values" });
  await dialog.getByLabel("From").selectOption({ label: "Test" });
  await dialog.getByLabel("To").selectOption({ label: "Live" });
  await dialog.getByLabel("Select all").check();
  await dialog.getByRole("button", { name: "Preview" }).click();
  await expect(dialog.getByText("2 values will be copied; nothing has been copied yet.")).toBeVisible();
  await expect(dialog.getByRole("row").filter({ hasText: "STRIPE_KEY" })).toContainText("Created in Live");
  await dialog.getByRole("button", { name: "Copy values" }).click();
  await expect(dialog.getByRole("list", { name: "Results" })).toContainText("Copied");
  await dialog.getByRole("button", { name: "Close" }).click();

  await page.goto("/secrets/matrix");
  await expect(stripe).toContainText("Same as Test");

  await page.goto("/settings/environments");
  await page.getByRole("button", { name: "Delete Test" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete environment" }).click();
  await expect(page.getByRole("alertdialog").getByRole("alert")).toContainText("2 secrets have values in it");
});
