// Deleting (issue 4 §5): the dialog shows where the secret is used with a search box and the
// run-time consequence, offers Delete now and Schedule deletion, and enables Delete secret
// only for a typed DELETE; Cancel deletion restores Active. Keyboard only, too.
import { expect, test } from "./fixtures.ts";
import { registerSecret, uniqueName } from "./support/secrets.ts";

// Each test sets up its data through the data layer (a child process): allow for a busy machine.
test.describe.configure({ mode: "parallel", timeout: 180_000 });

test("schedule deletion from the row menu, then cancel it", async ({ managerPage: page }) => {
  const name = uniqueName("e2e_sched");
  registerSecret("manager@acme.test", {
    name,
    scope: "ORGANIZATION",
    usages: [
      { consumerName: "Payroll agent", location: "header Authorization" },
      { consumerName: "Ledger export", location: "env LEDGER_KEY" },
    ],
  });
  await page.goto(`/secrets?q=${name}`);
  const row = page.getByRole("row", { name: new RegExp(name) });
  await row.getByRole("button", { name: "More options" }).click();
  await page.getByRole("menuitem", { name: "Delete secret" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("listitem")).toHaveCount(2);
  await dialog.getByLabel("Search where used").fill("ledger");
  await expect(dialog.getByRole("listitem")).toHaveCount(1);
  await expect(dialog).toContainText(`The 2 consumers that use it will fail at run time`);
  await expect(dialog).toContainText(name);
  await expect(dialog.getByRole("radio", { name: "Schedule deletion" })).toBeChecked();
  await expect(dialog.getByRole("radio", { name: "Delete now" })).toBeVisible();
  const button = dialog.getByRole("button", { name: "Delete secret" });
  await expect(button).toBeDisabled();
  await dialog.getByLabel("Type DELETE to confirm").fill("delete");
  await expect(button).toBeDisabled();
  await dialog.getByLabel("Type DELETE to confirm").fill("DELETE");
  await expect(button).toBeEnabled();
  await button.click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(row).toContainText("Scheduled for deletion");

  await row.getByRole("button", { name: "More options" }).click();
  await page.getByRole("menuitem", { name: "Cancel deletion" }).click();
  await expect(row).toContainText("Active");
});

test("delete now from the secret page: irreversible, the secret disappears", async ({ alicePage: page }) => {
  const name = uniqueName("e2e_delnow");
  const id = registerSecret("alice@acme.test", { name });
  await page.goto(`/secrets/${id}`);
  await page.getByRole("button", { name: "Delete secret" }).click();
  const dialog = page.getByRole("dialog");
  // Nothing uses it: no warning about consumers failing (issue 19 §20).
  await expect(dialog.getByText("Not used anywhere yet.")).toBeVisible();
  await expect(dialog).not.toContainText("will fail at run time");
  await dialog.getByRole("radio", { name: "Delete now" }).check();
  await expect(dialog).toContainText("Irreversible");
  await dialog.getByLabel("Type DELETE to confirm").fill("DELETE");
  await dialog.getByRole("button", { name: "Delete secret" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${name} was deleted.` })).toBeVisible();
  await expect(page).toHaveURL(/\/secrets$/);
  await page.goto(`/secrets?q=${name}`);
  await expect(page.getByRole("row").filter({ hasText: name })).toHaveCount(0);
  await page.goto(`/secrets/${id}`);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("the delete dialog works with the keyboard only, and Escape closes it", async ({ alicePage: page }) => {
  const name = uniqueName("e2e_delkeys");
  registerSecret("alice@acme.test", { name });
  await page.goto(`/secrets?q=${name}`);
  const more = page.getByRole("row", { name: new RegExp(name) }).getByRole("button", { name: "More options" });
  await expect(more).toBeEnabled(); // menus take keyboard focus once the page is interactive
  await more.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("menuitem", { name: "Edit" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(more).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("menuitem", { name: "Delete secret" })).toBeFocused();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByLabel("Search where used")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(more).toBeFocused();

  await page.keyboard.press("Enter");
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await expect(dialog.getByLabel("Search where used")).toBeFocused();
  await dialog.getByLabel("Type DELETE to confirm").focus();
  await page.keyboard.type("DELETE");
  await page.keyboard.press("Enter");
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Scheduled for deletion");
});
