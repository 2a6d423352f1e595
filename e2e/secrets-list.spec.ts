// The Secrets Manager list (issue 4 §2): columns, status badges, the expiry hint, sorting by
// every column, filters, search, tabs and paging — all in the URL — the row menu, and the
// empty state. Each test works on its own secrets (a unique name prefix it searches for).
import type { Page } from "@playwright/test";
import { expect, test, createTestOrganization, signIn } from "./fixtures.ts";
import { day, registerSecrets, uniqueName } from "./support/secrets.ts";

// Each test sets up its data through the data layer (a child process): allow for a busy machine.
test.describe.configure({ mode: "parallel", timeout: 180_000 });

const COLUMNS = ["Secret name", "Credential type", "Availability", "Creation date", "Expiration date", "Status"];

test("shows the six columns, status words and the expiry hint", async ({ alicePage: page }) => {
  const prefix = uniqueName("e2e_cols");
  registerSecrets("alice@acme.test", [
    { name: `${prefix}_a_soon`, expiresAt: day(10) },
    { name: `${prefix}_b_expired`, expiresAt: day(-3) },
    { name: `${prefix}_c_scheduled`, scheduled: true },
    { name: `${prefix}_d_later`, expiresAt: day(90), type: "BASIC_AUTH" },
  ]);
  await page.goto(`/secrets?q=${prefix}`);
  for (const column of COLUMNS) await expect(page.getByRole("columnheader", { name: column })).toBeVisible();
  const row = (suffix: string) => page.getByRole("row", { name: new RegExp(`${prefix}_${suffix}`) });
  await expect(row("a_soon")).toContainText("Active");
  await expect(row("a_soon")).toContainText("expires in 10 days");
  await expect(row("a_soon")).toContainText(day(10));
  await expect(row("b_expired")).toContainText("Expired");
  await expect(row("c_scheduled")).toContainText("Scheduled for deletion");
  await expect(row("d_later")).toContainText("Basic Auth");
  await expect(row("d_later")).not.toContainText("expires in");
  await expect(row("a_soon")).toContainText(new Date().toISOString().slice(0, 10));
  await expect(row("a_soon")).toContainText("Personal");
});

test("sorts by every column with the header buttons, in the URL", async ({ alicePage: page }) => {
  const prefix = uniqueName("e2e_sort");
  registerSecrets("alice@acme.test", [
    { name: `${prefix}_b`, expiresAt: day(5), type: "BASIC_AUTH" },
    { name: `${prefix}_a`, expiresAt: day(50) },
    { name: `${prefix}_c` },
  ]);
  await page.goto(`/secrets?q=${prefix}`);
  const names = () => page.getByRole("row").filter({ hasText: prefix }).getByRole("link").allTextContents();
  await expect.poll(names).toEqual([`${prefix}_a`, `${prefix}_b`, `${prefix}_c`]);
  await page.getByRole("button", { name: "Secret name" }).click();
  await expect(page).toHaveURL(/dir=desc/);
  await expect.poll(names).toEqual([`${prefix}_c`, `${prefix}_b`, `${prefix}_a`]);
  await expect(page.getByRole("columnheader", { name: "Secret name" })).toHaveAttribute("aria-sort", "descending");
  await page.getByRole("button", { name: "Expiration date" }).click();
  await expect(page).toHaveURL(/sort=expiresAt/);
  await expect.poll(names).toEqual([`${prefix}_b`, `${prefix}_a`, `${prefix}_c`]);
  await page.getByRole("button", { name: "Credential type" }).click();
  await expect(page).toHaveURL(/sort=type/);
  await expect.poll(names).toEqual([`${prefix}_a`, `${prefix}_c`, `${prefix}_b`]);
  for (const column of ["Availability", "Creation date", "Status"]) {
    await page.getByRole("button", { name: column, exact: true }).click();
    await expect(page.getByRole("columnheader", { name: column })).toHaveAttribute("aria-sort", "ascending");
    await expect.poll(async () => (await names()).length).toBe(3);
  }
  // The URL alone reproduces the view.
  await page.goto(`/secrets?q=${prefix}&sort=expiresAt&dir=desc`);
  await expect.poll(names).toEqual([`${prefix}_a`, `${prefix}_b`, `${prefix}_c`]);
});

test("filters by credential type and status, searches by name, and switches storage location tabs", async ({
  alicePage: page,
}) => {
  const prefix = uniqueName("e2e_filter");
  registerSecrets("alice@acme.test", [
    { name: `${prefix}_key` },
    { name: `${prefix}_basic`, type: "BASIC_AUTH" },
    { name: `${prefix}_gone`, scheduled: true },
    { name: `${prefix}_ws`, scope: "WORKSPACE" },
  ]);
  await page.goto("/secrets");
  await page.getByLabel("Search by name").fill(prefix);
  await expect(page).toHaveURL(new RegExp(`q=${prefix}`));
  await expect(page.getByRole("row").filter({ hasText: prefix })).toHaveCount(4);
  await page.getByLabel("Credential type").selectOption("Basic Auth");
  await expect(page).toHaveURL(/type=BASIC_AUTH/);
  await expect(page.getByRole("row").filter({ hasText: prefix })).toHaveCount(1);
  await page.getByLabel("Credential type").selectOption("All types");
  await page.getByLabel("Status").selectOption("Scheduled for deletion");
  await expect(page).toHaveURL(/status=SCHEDULED_FOR_DELETION/);
  await expect(page.getByRole("row").filter({ hasText: prefix })).toHaveText([new RegExp(`${prefix}_gone`)]);
  await page.getByLabel("Status").selectOption("All statuses");
  // The tabs are links rendered with the list: wait for the list without the status filter.
  // (Two filter changes in a row need no wait: each builds on the one before.)
  await expect(page).not.toHaveURL(/status=/);
  await page.getByRole("tab", { name: "Workspace" }).click();
  await expect(page).toHaveURL(/scope=WORKSPACE/);
  await expect(page.getByRole("tab", { name: "Workspace" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("row").filter({ hasText: prefix })).toHaveText([new RegExp(`${prefix}_ws`)]);
  await page.getByRole("tab", { name: "Personal" }).click();
  await expect(page.getByRole("row").filter({ hasText: prefix })).toHaveCount(3);
});

test("pages through the results with Previous and Next", async ({ bobPage: page }) => {
  const prefix = uniqueName("e2e_page");
  registerSecrets(
    "bob@acme.test",
    Array.from({ length: 12 }, (_, i) => ({ name: `${prefix}_${String(i).padStart(2, "0")}` })),
  );
  await page.goto(`/secrets?q=${prefix}&pageSize=10`);
  await expect(page.getByText("Showing 1–10 of 12")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: prefix })).toHaveCount(10);
  await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByText("Showing 11–12 of 12")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: prefix })).toHaveCount(2);
  await page.getByLabel("Rows per page").selectOption("25");
  await expect(page.getByText("Showing 1–12 of 12")).toBeVisible();
});

test("the row menu More options offers Edit and Delete secret, and Cancel deletion when scheduled", async ({
  holderPage: page,
}) => {
  const prefix = uniqueName("e2e_menu");
  registerSecrets("holder@acme.test", [
    { name: `${prefix}_live`, scope: "ORGANIZATION" },
    { name: `${prefix}_sched`, scope: "ORGANIZATION", scheduled: true },
  ]);
  await page.goto(`/secrets?q=${prefix}`);
  await page
    .getByRole("row", { name: new RegExp(`${prefix}_live`) })
    .getByRole("button", { name: "More options" })
    .click();
  await expect(page.getByRole("menu").getByRole("menuitem")).toHaveText(["Edit", "Delete secret"]);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toHaveCount(0);
  await page
    .getByRole("row", { name: new RegExp(`${prefix}_sched`) })
    .getByRole("button", { name: "More options" })
    .click();
  await expect(page.getByRole("menu").getByRole("menuitem")).toHaveText(["Edit", "Cancel deletion", "Delete secret"]);
  await page.getByRole("menuitem", { name: "Edit" }).click();
  await expect(page).toHaveURL(/\/edit$/);
});

test("an organization without secrets shows the empty state that leads to Register secret", async ({
  browser,
  baseURL,
}) => {
  const org = createTestOrganization("e2e-empty");
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, org.users.member1.email, org.password);
  await expect(page.getByText("No secrets yet")).toBeVisible();
  await page.getByRole("link", { name: "Register secret" }).click();
  await expect(page).toHaveURL(/\/secrets\/new$/);
  await context.close();
});

test("sorts by the status on screen: a secret past its expiration date is with the Expired, not among the Active", async ({
  alicePage: page,
}) => {
  const prefix = uniqueName("e2e_statsort");
  registerSecrets("alice@acme.test", [
    { name: `${prefix}_a`, expiresAt: day(-3) },
    { name: `${prefix}_b` },
    { name: `${prefix}_c`, scheduled: true },
    { name: `${prefix}_d`, expiresAt: day(40) },
  ]);
  await page.goto(`/secrets?q=${prefix}`);
  const names = () => page.getByRole("row").filter({ hasText: prefix }).getByRole("link").allTextContents();
  await page.getByRole("button", { name: "Status", exact: true }).click();
  await expect(page).toHaveURL(/sort=status/);
  await expect.poll(names).toEqual([`${prefix}_b`, `${prefix}_d`, `${prefix}_a`, `${prefix}_c`]);
  await page.getByRole("button", { name: "Status", exact: true }).click();
  await expect(page).toHaveURL(/dir=desc/);
  await expect.poll(names).toEqual([`${prefix}_c`, `${prefix}_a`, `${prefix}_b`, `${prefix}_d`]);
});

test("at 1280 px every column fits, Availability on one line; at 1440 px Last used is there too", async ({
  holderPage: page,
}) => {
  const prefix = uniqueName("e2e_layout");
  registerSecrets("holder@acme.test", [
    {
      name: `${prefix}_client`,
      scope: "ORGANIZATION",
      type: "CLIENT_CREDENTIALS",
      expiresAt: day(12),
      description: "OAuth client of the billing provider",
    },
    { name: `${prefix}_ws`, scope: "WORKSPACE" },
  ]);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/secrets?q=${prefix}`);
  const table = page.getByRole("region", { name: "Secrets", exact: true });
  for (const column of COLUMNS) await expect(page.getByRole("columnheader", { name: column })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Last used" })).toBeHidden();
  expect(await table.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  const menu = page
    .getByRole("row", { name: new RegExp(`${prefix}_client`) })
    .getByRole("button", { name: "More options" });
  await expect(menu).toBeInViewport();
  const availability = page
    .getByRole("row", { name: new RegExp(`${prefix}_ws`) })
    .getByRole("cell")
    .nth(2);
  await expect(availability).toHaveText(/^Workspace: /);
  const lines = await availability.evaluate((cell) =>
    Math.round(cell.firstElementChild!.getBoundingClientRect().height / parseFloat(getComputedStyle(cell).lineHeight)),
  );
  expect(lines).toBe(1);

  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(page.getByRole("columnheader", { name: "Last used" })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(`${prefix}_ws`) })).toContainText("Never");
  expect(await table.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
});

test("on a phone (390 px) the list shows name, type and status without scrolling sideways", async ({
  alicePage: page,
}) => {
  const prefix = uniqueName("e2e_phone");
  registerSecrets("alice@acme.test", [
    { name: `${prefix}_client_credentials_for_billing`, type: "CLIENT_CREDENTIALS" },
    { name: `${prefix}_sched`, scheduled: true },
  ]);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/secrets?q=${prefix}`);
  for (const column of ["Secret name", "Credential type", "Status"])
    await expect(page.getByRole("columnheader", { name: column })).toBeVisible();
  for (const column of ["Availability", "Creation date", "Expiration date", "Last used"]) {
    await expect(page.getByRole("columnheader", { name: column })).toBeHidden();
  }
  const row = page.getByRole("row", { name: new RegExp(`${prefix}_sched`) });
  await row.scrollIntoViewIfNeeded();
  await expect(row.getByText("Scheduled for deletion")).toBeInViewport();
  await expect(row.getByRole("button", { name: "More options" })).toBeInViewport();
  const table = page.getByRole("region", { name: "Secrets", exact: true });
  expect(await table.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("the header buttons keep their places whether or not there are secrets", async ({
  browser,
  baseURL,
  alicePage,
}) => {
  const org = createTestOrganization("e2e-header");
  const context = await browser.newContext({ baseURL });
  const empty = await context.newPage();
  await signIn(empty, org.users.member1.email, org.password);
  await expect(empty.getByText("No secrets yet")).toBeVisible();
  await alicePage.goto("/secrets");
  await expect(alicePage.getByRole("region", { name: "Secrets", exact: true })).toBeVisible();
  const buttons: [string, "link" | "button"][] = [
    ["Where used", "link"],
    ["Value matrix", "link"],
    ["Import", "button"],
    ["Export", "button"],
    ["Register secret", "link"],
  ];
  const places = (page: Page) =>
    Promise.all(
      buttons.map(
        async ([name, role]) => (await page.getByRole("main").getByRole(role, { name, exact: true }).boundingBox())!.x,
      ),
    );
  expect(await places(alicePage)).toEqual(await places(empty));
  await context.close();
});

test("the search box follows the URL: Secrets Manager in the sidebar clears it, and the same search works again", async ({
  alicePage: page,
}) => {
  const prefix = uniqueName("e2e_follow");
  registerSecrets("alice@acme.test", [{ name: `${prefix}_one` }]);
  await page.goto("/secrets");
  const search = page.getByLabel("Search by name");
  await search.fill(prefix);
  await search.press("Enter");
  await expect(page).toHaveURL(new RegExp(`q=${prefix}`));
  await expect(page.getByRole("row").filter({ hasText: prefix })).toHaveCount(1);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Secrets Manager" }).click();
  await expect(page).toHaveURL(/\/secrets$/);
  await expect(page.getByText("Showing 1–1 of 1")).toHaveCount(0);
  await expect(search).toHaveValue("");
  await search.fill(prefix);
  await search.press("Enter");
  await expect(page).toHaveURL(new RegExp(`q=${prefix}`));
  await expect(page.getByRole("row").filter({ hasText: prefix })).toHaveCount(1);
});
