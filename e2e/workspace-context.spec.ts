// The workspace switcher in the top bar: choosing a workspace narrows the Secrets Manager list
// to what that workspace works with (organization and personal secrets, and its own — not other
// workspaces'), says so with a way to all workspaces, preselects it in the register wizard, and
// "All workspaces" restores the full list. In an isolated organization with two workspaces.
import type { Page } from "@playwright/test";
import { createTestOrganization, expect, test } from "./fixtures.ts";
import { holderOf, unique } from "./support/admin.ts";
import { expectNoSeriousViolations } from "./support/accessibility.ts";
import { importFile } from "./support/import-file.ts";

test.describe.configure({ timeout: 240_000 });

const names = (page: Page) =>
  page.getByRole("region", { name: "Secrets", exact: true }).getByRole("row").getByRole("link").allTextContents();
const switcher = (page: Page) => page.getByRole("banner").getByLabel("Workspace");

test("choosing a workspace in the top bar narrows the Secrets Manager list; All workspaces restores it", async ({
  browser,
  baseURL,
}) => {
  const org = createTestOrganization("e2e-wsctx");
  const page = await holderOf(browser, baseURL, org);
  const side = unique("Side");
  await page.goto("/settings/workspaces");
  await page.getByLabel("Name", { exact: true }).fill(side);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByRole("region", { name: side })).toBeVisible();
  for (const [location, content] of [
    ["Organization", "ORG_KEY=1\n"],
    ["Workspace Main", "MAIN_KEY=1\n"],
    [`Workspace ${side}`, "SIDE_KEY=1\n"],
    ["Personal (yours)", "MINE_KEY=1\n"],
  ] as const) {
    await importFile(page, { location, environment: "Production", name: "keys.env", content });
  }

  await page.goto("/secrets");
  const all = ["MAIN_KEY", "MINE_KEY", "ORG_KEY", "SIDE_KEY"];
  await expect.poll(() => names(page)).toEqual(all);
  await expect(switcher(page)).toHaveValue("");

  await switcher(page).selectOption({ label: side });
  const notice = page.getByText(`Workspace ${side} is selected in the top bar`);
  await expect(notice).toBeVisible();
  await expect.poll(() => names(page)).toEqual(["MINE_KEY", "ORG_KEY", "SIDE_KEY"]);
  await expectNoSeriousViolations(page, "the list narrowed to a workspace");
  // The choice is kept: a new visit to the list is narrowed too.
  await page.goto("/secrets");
  await expect.poll(() => names(page)).toEqual(["MINE_KEY", "ORG_KEY", "SIDE_KEY"]);
  await expect(switcher(page)).toHaveValue(/.+/);

  // The Workspace tab shows that workspace's secrets, with it chosen in "In workspace".
  await page.getByRole("tab", { name: "Workspace" }).click();
  await expect.poll(() => names(page)).toEqual(["SIDE_KEY"]);
  await expect(page.getByLabel("In workspace")).toHaveValue(await switcher(page).inputValue());
  // Explicit filters win: another workspace, or all of them.
  await page.getByLabel("In workspace").selectOption({ label: "Main" });
  await expect(page).toHaveURL(/workspaceId=/);
  await expect.poll(() => names(page)).toEqual(["MAIN_KEY"]);
  await page.getByLabel("In workspace").selectOption({ label: "All my workspaces" });
  await expect(page).toHaveURL(/workspaceId=all/);
  await expect.poll(() => names(page)).toEqual(["MAIN_KEY", "SIDE_KEY"]);
  await page.getByRole("link", { name: `Show only ${side}` }).click();
  await expect(page).not.toHaveURL(/workspaceId=/);
  await expect.poll(() => names(page)).toEqual(["SIDE_KEY"]);

  await page.getByRole("tab", { name: "All" }).click();
  await expect(page.getByRole("tab", { name: "All" })).toHaveAttribute("aria-selected", "true");
  await expect.poll(() => names(page)).toEqual(["MINE_KEY", "ORG_KEY", "SIDE_KEY"]);
  await page.getByRole("link", { name: "Show all workspaces" }).click();
  await expect(page).toHaveURL(/workspaceId=all/);
  await expect.poll(() => names(page)).toEqual(all);
  await expect(page.getByText("Showing all workspaces.")).toBeVisible();

  // The register wizard preselects the current workspace.
  await page.goto("/secrets/new");
  await page.getByRole("radio", { name: "Workspace", exact: true }).check();
  await expect(page.getByRole("main").getByRole("combobox", { name: "Workspace", exact: true })).toHaveValue(
    await switcher(page).inputValue(),
  );

  // Back to All workspaces: the full list, without the notice.
  await page.goto("/secrets");
  await expect.poll(() => names(page)).toEqual(["MINE_KEY", "ORG_KEY", "SIDE_KEY"]);
  await switcher(page).selectOption({ label: "All workspaces" });
  await expect.poll(() => names(page)).toEqual(all);
  await expect(notice).toHaveCount(0);
  await page.goto("/secrets?scope=WORKSPACE");
  await expect.poll(() => names(page)).toEqual(["MAIN_KEY", "SIDE_KEY"]);
  await page.context().close();
});
