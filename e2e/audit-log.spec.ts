// The Audit log page: filters in the URL, CSV export, and visibility (Holders see the
// organization's records; a Member sees only the records of their own personal secrets).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures.ts";

const root = path.resolve(__dirname, "..");

type Seeded = { orgSecret: string; alicePersonal: string; bobPersonal: string; value: string };

function seedAuditEvents(): Seeded {
  const out = execFileSync(
    path.join(root, "node_modules/.bin/tsx"),
    ["--conditions=react-server", path.join(__dirname, "support/seed-audit-events.ts"), `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`],
    {
      cwd: root,
      // The test server's master key, so that the server can use what this process encrypts.
      env: { ...process.env, STRONGROOM_MASTER_KEYS: process.env.STRONGROOM_E2E_MASTER_KEYS, STRONGROOM_MASTER_KEY_FILE: "" },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  return JSON.parse(out) as Seeded;
}

let seeded: Seeded;
test.beforeAll(() => {
  seeded = seedAuditEvents();
});

test("a Holder filters the organization's log by secret and action, in the URL", async ({ holderPage: page }) => {
  await page.goto("/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await page.getByLabel("Secret").selectOption({ label: seeded.orgSecret });
  await page.getByLabel("Action").selectOption({ label: "Used value" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/secretId=.+&.*action=secret\.use/);
  const rows = page.getByRole("table", { name: /Audit records/ }).locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Used value");
  await expect(rows.first()).toContainText(seeded.orgSecret);
  await expect(rows.first()).toContainText("Production");
  await expect(rows.first()).toContainText("e2e-audit");
  await page.getByLabel("Action").selectOption({ label: "Registered secret" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("holder@acme.test");
  // Other people's personal secrets are not in the Holder's options or records.
  await expect(page.getByLabel("Secret").locator("option", { hasText: seeded.alicePersonal })).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText(seeded.value);
});

test("the CSV export carries the filtered records and no value", async ({ holderPage: page }) => {
  await page.goto("/audit");
  await page.getByLabel("Secret").selectOption({ label: seeded.orgSecret });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/secretId=/);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^strongroom-audit-acme-.*\.csv$/);
  const csv = readFileSync((await download.path())!, "utf8");
  const lines = csv.trim().split("\r\n");
  expect(lines[0]).toContain("Time (UTC),Actor,Actor type,Action");
  expect(lines.slice(1).every((l) => l.includes(seeded.orgSecret))).toBe(true);
  expect(csv).toContain("Used value");
  expect(csv).toContain("Registered secret");
  expect(csv).not.toContain(seeded.value);
  // The export itself is audited.
  await page.goto("/audit?action=audit.export");
  await expect(page.getByRole("table", { name: /Audit records/ }).locator("tbody tr").first()).toContainText("Exported audit log");
});

test("a Member sees only the records of their own personal secrets", async ({ alicePage: page }) => {
  await page.goto("/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await expect(page.getByText("The records of your own personal secrets.")).toBeVisible();
  const table = page.getByRole("table", { name: /Audit records/ });
  await expect(table).toContainText(seeded.alicePersonal);
  await expect(table).not.toContainText(seeded.orgSecret);
  await expect(table).not.toContainText(seeded.bobPersonal);
  await expect(page.getByLabel("Secret").locator("option", { hasText: seeded.orgSecret })).toHaveCount(0);
  const res = await page.request.get("/audit/export");
  expect(res.status()).toBe(200);
  const csv = await res.text();
  expect(csv).toContain(seeded.alicePersonal);
  expect(csv).not.toContain(seeded.orgSecret);
  expect(csv).not.toContain(seeded.bobPersonal);
});
