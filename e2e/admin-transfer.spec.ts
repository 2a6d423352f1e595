// Import and Export on the Secrets Manager page (issue 8 §6): a bad line reported with its
// number and skipped; Export asks for the password again and downloads the values.
import { readFile } from "node:fs/promises";
import { createTestOrganization, expect, test } from "./fixtures.ts";
import { holderOf, pageFor, textFile } from "./support/admin.ts";

test("an import with a bad line shows it by number and imports the rest", async ({ browser, baseURL }) => {
  const org = createTestOrganization("e2e-import");
  const page = await holderOf(browser, baseURL, org);
  await page.goto("/secrets");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Import secrets" });
  await dialog.getByLabel("Storage location").selectOption({ label: "Organization" });
  await dialog.getByLabel("Environment").selectOption({ label: "Production" });
  await dialog
    .getByLabel("File")
    .setInputFiles(textFile("prod.env", "API_TOKEN=tok-1\nTHIS LINE IS BROKEN\nDB_URL=postgres://db\n"));
  await dialog.getByRole("button", { name: "Preview" }).click();
  await expect(dialog.getByText("2 new, 0 changed, 0 unchanged, 1 invalid line.")).toBeVisible();
  await expect(dialog.getByRole("region", { name: "Invalid lines" })).toContainText(
    "Line 2: missing '=' after the key.",
  );
  await dialog.getByRole("button", { name: "Import 2 secrets" }).click();
  await expect(dialog.getByRole("status")).toContainText("2 new, 0 changed, 0 unchanged; 1 invalid line skipped.");
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(page.getByRole("link", { name: "API_TOKEN", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "DB_URL", exact: true })).toBeVisible();
});

test("Export asks for the password again and downloads the values", async ({ browser, baseURL }) => {
  const org = createTestOrganization("e2e-export");
  const manager = await pageFor(browser, baseURL, org.users.manager.email, org.password);
  await manager.goto("/secrets");
  await manager.getByRole("button", { name: "Import", exact: true }).click();
  const imp = manager.getByRole("dialog", { name: "Import secrets" });
  await imp.getByLabel("File").setInputFiles(textFile("a.json", '{ "EXPORTED_KEY": "exported-value" }'));
  await imp.getByRole("button", { name: "Preview" }).click();
  await imp.getByRole("button", { name: "Import 1 secret" }).click();
  await imp.getByRole("button", { name: "Close" }).click();

  await manager.getByRole("button", { name: "Export", exact: true }).click();
  const dialog = manager.getByRole("dialog", { name: "Export values" });
  await expect(dialog.getByText("it is recorded in the audit log")).toBeVisible();
  await dialog.getByLabel("Storage location").selectOption({ label: "Organization" });
  await dialog.getByLabel("Environment").selectOption({ label: "Development" });
  await dialog.getByLabel("Password").fill("not-my-password");
  await dialog.getByRole("button", { name: "Export" }).click();
  await expect(dialog.getByText("Wrong password.")).toBeVisible();
  await dialog.getByLabel("Password").fill(org.password);
  const download = manager.waitForEvent("download");
  await dialog.getByRole("button", { name: "Export" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("strongroom-organization-development.env");
  expect(await readFile((await file.path())!, "utf8")).toContain("EXPORTED_KEY=exported-value");

  await manager.goto("/audit");
  await expect(manager.getByRole("cell", { name: "Exported values" }).first()).toBeVisible();
});

test("a Member may not export organization values: only their own appear as a choice", async ({ bobPage }) => {
  await bobPage.goto("/secrets");
  await bobPage.getByRole("button", { name: "Export", exact: true }).click();
  const dialog = bobPage.getByRole("dialog", { name: "Export values" });
  await expect(dialog.getByLabel("Storage location").locator("option")).toHaveText(["Personal (yours)"]);
});
