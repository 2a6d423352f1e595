// Never race the user (issue 18 §3): a search, tab change or sort shows a pending state until the
// new rows are in, and a row's menu belongs to its secret, so that "More options" → "Edit"
// opened right after the change lands on that secret's edit form — every time.
import type { Page, Route } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { registerSecrets, uniqueName } from "./support/secrets.ts";

test.describe.configure({ mode: "parallel", timeout: 300_000 });

const ROUNDS = 20;

function setup() {
  const prefix = uniqueName("e2e_race");
  const names = ["a", "b", "c", "d"].map((s) => `${prefix}_${s}`);
  const ids = registerSecrets(
    "alice@acme.test",
    names.map((name) => ({ name })),
  );
  return { prefix, names, ids };
}

async function editFromRowMenu(page: Page, name: string, id: string) {
  await page
    .getByRole("row", { name: new RegExp(name) })
    .getByRole("button", { name: "More options" })
    .click();
  await page.getByRole("menuitem", { name: "Edit" }).click();
  await expect(page).toHaveURL(new RegExp(`/secrets/${id}/edit$`));
  await expect(page.getByRole("button", { name: "Save changes" })).toBeVisible();
}

test("search, then at once More options → Edit: the searched secret's edit form, 20 times", async ({
  alicePage: page,
}) => {
  const { prefix, names, ids } = setup();
  for (let round = 0; round < ROUNDS; round++) {
    const i = round % names.length;
    await page.goto(`/secrets?q=${prefix}`);
    await expect(page.getByRole("row").filter({ hasText: prefix })).toHaveCount(names.length);
    await page.getByLabel("Search by name").fill(names[i]!);
    // Every other round Enter searches at once; otherwise leaving the box does.
    if (round % 2 === 0) await page.getByLabel("Search by name").press("Enter");
    await editFromRowMenu(page, names[i]!, ids[i]!);
  }
});

test("tab change, then at once More options → Edit: that secret's edit form, 20 times", async ({ alicePage: page }) => {
  const { prefix, names, ids } = setup();
  for (let round = 0; round < ROUNDS; round++) {
    const i = round % names.length;
    await page.goto(`/secrets?q=${prefix}`);
    await expect(page.getByRole("row").filter({ hasText: prefix })).toHaveCount(names.length);
    await page.getByRole("tab", { name: "Personal" }).click();
    await editFromRowMenu(page, names[i]!, ids[i]!);
  }
});

test("sort, then at once More options → Edit: that secret's edit form, 20 times", async ({ alicePage: page }) => {
  const { prefix, names, ids } = setup();
  for (let round = 0; round < ROUNDS; round++) {
    const i = round % names.length;
    await page.goto(`/secrets?q=${prefix}`);
    await expect(page.getByRole("row").filter({ hasText: prefix })).toHaveCount(names.length);
    // Descending: every row moves, so a menu kept by position would open another secret's form.
    await page.getByRole("button", { name: "Secret name" }).click();
    await editFromRowMenu(page, names[i]!, ids[i]!);
  }
});

/** The page is hydrated once the user menu opens (a click before that would be a no-op). */
async function waitUntilInteractive(page: Page, userName: string) {
  const button = page.getByRole("button", { name: userName });
  await expect(async () => {
    // A second click would close it again on a slow machine: click only while it is closed.
    if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
    await expect(button).toHaveAttribute("aria-expanded", "true", { timeout: 2_000 });
  }).toPass();
  await page.keyboard.press("Escape");
  await expect(button).toHaveAttribute("aria-expanded", "false");
}

/** Holds the page's data requests (not prefetches) until `release` is called. */
async function holdNavigations(page: Page) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const hold = async (route: Route) => {
    if (route.request().headers()["next-router-prefetch"]) return route.continue();
    await held;
    await route.continue();
  };
  await page.route((url) => url.searchParams.has("_rsc"), hold);
  return () => {
    release();
    return page.unroute((url) => url.searchParams.has("_rsc"), hold);
  };
}

test("the list is busy with a visible indicator until the new rows are in; a click meanwhile still counts", async ({
  alicePage: page,
}) => {
  const { prefix, names, ids } = setup();
  await page.goto(`/secrets?q=${prefix}`);
  const table = page.getByRole("region", { name: "Secrets", exact: true });
  await expect(table).toHaveAttribute("aria-busy", "false");
  await waitUntilInteractive(page, "Alice Anders");
  const release = await holdNavigations(page);
  await page.getByRole("button", { name: "Secret name" }).click();
  await expect(table).toHaveAttribute("aria-busy", "true");
  await expect(page.getByRole("status").filter({ hasText: "Updating the list…" })).toBeVisible();
  // A click on a row's menu while the sort is pending: the menu opens and stays with its secret.
  await page
    .getByRole("row", { name: new RegExp(names[1]!) })
    .getByRole("button", { name: "More options" })
    .click();
  await release();
  await expect(table).toHaveAttribute("aria-busy", "false");
  await expect(page).toHaveURL(/dir=desc/);
  await expect(page.getByRole("status").filter({ hasText: "Updating the list…" })).toHaveCount(0);
  await page.getByRole("menuitem", { name: "Edit" }).click();
  await expect(page).toHaveURL(new RegExp(`/secrets/${ids[1]}/edit$`));
});

test("the Audit log is busy until the filtered records are in", async ({ holderPage: page }) => {
  registerSecrets("holder@acme.test", [{ name: uniqueName("e2e_race_audit"), scope: "ORGANIZATION" }]);
  await page.goto("/audit");
  const records = page.locator("[aria-busy]").filter({ has: page.getByRole("region", { name: "Audit records" }) });
  await expect(records).toHaveAttribute("aria-busy", "false");
  // Before hydration the filters form is a plain GET form (a full page load, nothing to hold).
  await waitUntilInteractive(page, "Hannah Holder");
  const release = await holdNavigations(page);
  await page.getByLabel("Outcome").selectOption("Success");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(records).toHaveAttribute("aria-busy", "true");
  await expect(page.getByRole("status").filter({ hasText: "Updating the list…" })).toBeVisible();
  await release();
  await expect(page).toHaveURL(/outcome=SUCCESS/);
  await expect(records).toHaveAttribute("aria-busy", "false");
});
