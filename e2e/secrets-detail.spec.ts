// The secret's page (issue 4 §3, §6): metadata, value status per environment (never the
// value, not in the HTML nor in the React server component payload), Where used with search,
// version history with rollback, recent audit events; and the global usage search.
import type { Locator } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { registerSecret, storeUsageUrl, uniqueName, valueRow } from "./support/secrets.ts";

// Each test sets up its data through the data layer (a child process): allow for a busy machine.
test.describe.configure({ mode: "parallel", timeout: 180_000 });

test("shows metadata and per-environment status, and never the value in HTML or RSC payloads", async ({
  alicePage: page,
}) => {
  const name = uniqueName("e2e_detail");
  const canary = `canary_${uniqueName("value")}`;
  const id = registerSecret("alice@acme.test", {
    name,
    value: canary,
    description: "Billing API",
    expiresAt: "2031-05-01",
  });
  const response = await page.goto(`/secrets/${id}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("Billing API")).toBeVisible();
  await expect(page.getByText("X-API-Key")).toBeVisible();
  await expect(page.getByText("2031-05-01")).toBeVisible();
  await expect(valueRow(page, "Production")).toContainText("Set");
  await expect(valueRow(page, "Development")).toContainText("Not set");
  expect(await response!.text()).not.toContain(canary);
  const rsc = await page.request.get(`/secrets/${id}`, { headers: { RSC: "1" } });
  expect(rsc.ok()).toBe(true);
  expect(await rsc.text()).not.toContain(canary);
  const edit = await page.request.get(`/secrets/${id}/edit`);
  expect(await edit.text()).not.toContain(canary);
  expect(await (await page.request.get(`/secrets/${id}/edit`, { headers: { RSC: "1" } })).text()).not.toContain(canary);
  expect(await (await page.request.get(`/secrets?q=${name}`)).text()).not.toContain(canary);
});

test("Where used lists every consumer and searches them; the global search finds them by secret or consumer", async ({
  alicePage: page,
}) => {
  const name = uniqueName("e2e_used");
  const id = registerSecret("alice@acme.test", {
    name,
    usages: [
      { consumerName: "Nightly billing sync", location: "header X-API-Key" },
      { consumerName: "Invoice agent", location: "env STRIPE_KEY" },
    ],
  });
  await page.goto(`/secrets/${id}`);
  const whereUsed = page.getByRole("region", { name: "Where used" });
  await expect(whereUsed.getByRole("listitem")).toHaveCount(2);
  await whereUsed.getByLabel("Search where used").fill("invoice");
  await expect(whereUsed.getByRole("listitem")).toHaveCount(1);
  await expect(whereUsed.getByRole("listitem")).toContainText("Invoice agent");
  await expect(whereUsed.getByRole("listitem")).toContainText("env STRIPE_KEY");

  await page.goto("/secrets");
  await page.getByRole("link", { name: "Where used" }).click();
  await page.getByLabel("Search by secret, consumer or location").fill(name);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: name })).toHaveCount(2);
  await page.getByLabel("Search by secret, consumer or location").fill("Nightly billing sync");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: name })).toHaveCount(1);
});

test("a consumer URL stored before links were checked shows as plain text, also in the global search", async ({
  alicePage: page,
}) => {
  const name = uniqueName("e2e_links");
  const id = registerSecret("alice@acme.test", {
    name,
    usages: [
      { consumerName: "Backslash agent", location: "header X-API-Key" },
      { consumerName: "Tab agent", location: "env API_KEY" },
      { consumerName: "Dots agent", location: "env TOKEN" },
      { consumerName: "CI job", location: "env KEY", consumerUrl: "https://ci.example.com/jobs/42" },
    ],
  });
  // Browsers read the first two as "//evil.example/phish", another site; the third normalizes to it.
  storeUsageUrl(id, "Backslash agent", "/\\evil.example/phish");
  storeUsageUrl(id, "Tab agent", "/\t/evil.example/phish");
  storeUsageUrl(id, "Dots agent", "/..//evil.example/phish");
  const expectLinks = async (list: Locator) => {
    await expect(list.getByRole("listitem").filter({ hasText: "Backslash agent" })).toBeVisible();
    await expect(list.getByRole("listitem").filter({ hasText: "Tab agent" })).toBeVisible();
    await expect(list.getByRole("listitem").filter({ hasText: "Dots agent" })).toBeVisible();
    await expect(list.getByRole("link", { name: "CI job" })).toHaveAttribute("href", "https://ci.example.com/jobs/42");
    await expect(list.getByRole("link", { name: "Backslash agent" })).toHaveCount(0);
    await expect(list.getByRole("link", { name: "Tab agent" })).toHaveCount(0);
    await expect(list.getByRole("link", { name: "Dots agent" })).toHaveCount(0);
  };
  await page.goto(`/secrets/${id}`);
  await expectLinks(page.getByRole("region", { name: "Where used" }));
  await page.goto(`/secrets/where-used?q=${name}`);
  await expectLinks(page.getByRole("main"));
});

test("version history rolls a value back as a new version after a confirmation, and the audit events show it", async ({
  alicePage: page,
}) => {
  const name = uniqueName("e2e_versions");
  const id = registerSecret("alice@acme.test", { name });
  await page.goto(`/secrets/${id}/edit`);
  await page.getByRole("group", { name: "Production", exact: true }).getByLabel("Value").fill("second-value");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/secrets/${id}$`));
  await expect(valueRow(page, "Production").getByRole("cell").nth(1)).toHaveText("2");
  // Version rows: time to the minute and the author.
  const history = page.getByRole("table", { name: "Versions of the values" });
  const first = history.getByRole("row", { name: /Production 1/ });
  await expect(first).toContainText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
  await expect(first).toContainText("Alice Anders");
  const written = (await first.getByRole("cell").nth(2).textContent())!;

  // Asking first: Cancel changes nothing.
  await page.getByRole("button", { name: "Roll back Production to version 1" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Roll back Production to version 1?" });
  await expect(dialog).toContainText(`Production will use the value of version 1 from ${written} by Alice Anders.`);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(history.getByRole("row", { name: /Production 2/ })).toContainText("Current");

  await page.getByRole("button", { name: "Roll back Production to version 1" }).click();
  await dialog.getByRole("button", { name: "Roll back" }).click();
  await expect(page.getByRole("status").filter({ hasText: "rolled back to version 1" })).toBeVisible();
  await expect(history.getByRole("row", { name: /Production 3/ })).toContainText("Current");
  const audit = page.getByRole("region", { name: "Recent audit events" });
  await expect(audit.getByText("Rolled back value")).toBeVisible();
  await expect(audit.getByText("Registered secret")).toBeVisible();
});

test("a rollback confirmed after someone else changed the secret is refused with a clear conflict", async ({
  alicePage: page,
}) => {
  const name = uniqueName("e2e_rbconflict");
  const id = registerSecret("alice@acme.test", { name });
  const other = await page.context().newPage();
  await other.goto(`/secrets/${id}/edit`);
  await other.getByRole("group", { name: "Production", exact: true }).getByLabel("Value").fill("second-value");
  await other.getByRole("button", { name: "Save changes" }).click();
  await expect(other).toHaveURL(new RegExp(`/secrets/${id}$`));

  await page.goto(`/secrets/${id}`);
  await page.getByRole("button", { name: "Roll back Production to version 1" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Roll back Production to version 1?" });
  await expect(dialog).toBeVisible();
  // Meanwhile, in another tab, the value changes again.
  await other.goto(`/secrets/${id}/edit`);
  await other.getByRole("group", { name: "Production", exact: true }).getByLabel("Value").fill("third-value");
  await other.getByRole("button", { name: "Save changes" }).click();
  await expect(other).toHaveURL(new RegExp(`/secrets/${id}$`));
  await other.close();

  await dialog.getByRole("button", { name: "Roll back" }).click();
  await expect(dialog.getByRole("alert")).toContainText(
    "Someone changed this secret since the page was loaded, so nothing was rolled back.",
  );
  await dialog.getByRole("button", { name: "Cancel" }).click();
  const history = page.getByRole("table", { name: "Versions of the values" });
  await expect(history.getByRole("row", { name: /Production 3/ })).toContainText("Current");
  await expect(history.getByRole("row", { name: /Production 4/ })).toHaveCount(0);
});
