// Importing a file through the Secrets Manager's Import dialog.
import type { Page } from "@playwright/test";
import { expect } from "../fixtures.ts";
import { textFile } from "./admin.ts";

export async function importFile(
  page: Page,
  opts: { location: string; environment: string; name: string; content: string; expectPreview?: RegExp },
) {
  await page.goto("/secrets");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Import secrets" });
  await dialog.getByLabel("Storage location").selectOption({ label: opts.location });
  await dialog.getByLabel("Environment").selectOption({ label: opts.environment });
  await dialog.getByLabel("File").setInputFiles(textFile(opts.name, opts.content));
  await dialog.getByRole("button", { name: "Preview" }).click();
  if (opts.expectPreview) await expect(dialog.getByText(opts.expectPreview)).toBeVisible();
  await dialog.getByRole("button", { name: /^Import \d+ secrets?$/ }).click();
  await expect(dialog.getByRole("status")).toContainText(`Imported into ${opts.environment}`);
  return dialog;
}
