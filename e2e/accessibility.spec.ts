// Accessibility (issue 4): every screen of the portal, as the role that uses it, passes axe-core's
// WCAG 2.0/2.1 A and AA rules without a serious or critical violation (support/accessibility.ts
// prints each rule, its help and the offending elements). Dialogs and wizard steps are checked
// open, in the state a user sees them.
import type { Page } from "@playwright/test";
import { createTestOrganization, expect, signIn, test } from "./fixtures.ts";
import { expectNoSeriousViolations } from "./support/accessibility.ts";
import { day, registerSecret, registerSecrets, startWizard, uniqueName } from "./support/secrets.ts";

// Some tests set up data through the data layer (a child process): allow for a busy machine.
test.describe.configure({ mode: "parallel", timeout: 180_000 });

const heading = (page: Page, name: string) => page.getByRole("heading", { level: 1, name, exact: true });

/** Opens `path` and waits for its page heading (not the loading skeleton) before the scan. */
async function visit(page: Page, path: string, title: string) {
  await page.goto(path);
  await expect(heading(page, title)).toBeVisible();
}

test("sign-in page", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
  await expectNoSeriousViolations(page, "the sign-in page");
});

test("Secrets Manager list with every status", async ({ holderPage: page }) => {
  const prefix = uniqueName("a11y_list");
  registerSecrets("holder@acme.test", [
    { name: `${prefix}_active`, scope: "ORGANIZATION", expiresAt: day(5) },
    { name: `${prefix}_expired`, scope: "ORGANIZATION", expiresAt: day(-2) },
    { name: `${prefix}_scheduled`, scope: "ORGANIZATION", scheduled: true },
    { name: `${prefix}_workspace`, scope: "WORKSPACE", type: "BASIC_AUTH" },
    { name: `${prefix}_personal` },
  ]);
  await visit(page, `/secrets?q=${prefix}`, "Secrets Manager");
  await expect(page.getByRole("row").filter({ hasText: prefix })).toHaveCount(5);
  await expectNoSeriousViolations(page, "the Secrets Manager list");
  await page
    .getByRole("row", { name: new RegExp(`${prefix}_active`) })
    .getByRole("button", { name: "More options" })
    .click();
  await expect(page.getByRole("menu")).toBeVisible();
  await expectNoSeriousViolations(page, "the row menu More options");
});

test("Secrets Manager list as a Member, Workspace tab", async ({ alicePage: page }) => {
  await visit(page, "/secrets?scope=WORKSPACE", "Secrets Manager");
  await expectNoSeriousViolations(page, "the Workspace tab of the list");
});

test("a filtered list without matches", async ({ holderPage: page }) => {
  await visit(page, `/secrets?q=${uniqueName("a11y_nothing")}`, "Secrets Manager");
  await expect(page.getByText("No secrets match these filters")).toBeVisible();
  await expectNoSeriousViolations(page, "the filtered, empty list");
});

test("the empty list of an organization without secrets", async ({ browser, baseURL }) => {
  const org = createTestOrganization("a11y-empty");
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, org.users.member1.email, org.password);
  await expect(page.getByText("No secrets yet")).toBeVisible();
  await expectNoSeriousViolations(page, "the empty Secrets Manager");
  await context.close();
});

test("register-secret wizard: storage location, credential, review", async ({ holderPage: page }) => {
  await page.goto("/secrets/new");
  await page.getByRole("radio", { name: "Organization", exact: true }).check();
  await page.getByRole("radio", { name: "Spot", exact: true }).check();
  await expectNoSeriousViolations(page, "wizard step 1 (Storage location)");
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByText("Choose at least one Spot")).toBeVisible();
  await expectNoSeriousViolations(page, "wizard step 1 with an error");
  await page.getByRole("radio", { name: "Entire organization", exact: true }).check();
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Credential", exact: true })).toBeVisible();
  await page.getByLabel("Credential type").selectOption("API Key");
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByText("Secret name is required.")).toBeVisible();
  await expectNoSeriousViolations(page, "wizard step 2 (Credential) with field errors");
  // Correcting the fields and pressing Next once goes on (the last error must not vanish on
  // blur and move the button away from under the pointer).
  await page.getByLabel("Secret name").fill(uniqueName("a11y_wizard"));
  await page.getByLabel("Header name").fill("X-API-Key");
  await page.getByRole("checkbox", { name: "Production", exact: true }).check();
  await page.getByLabel("Value", { exact: true }).fill("a11y-value");
  await expect(page.getByText("This name is available.")).toBeVisible();
  await expectNoSeriousViolations(page, "wizard step 2 (Credential)");
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Review", exact: true })).toBeVisible();
  await expectNoSeriousViolations(page, "wizard step 3 (Review)");
});

test("register-secret wizard: Key/Value and Certificate fields", async ({ alicePage: page }) => {
  await startWizard(page, "Personal");
  await page.getByLabel("Credential type").selectOption("Key/Value");
  for (const env of ["Development", "Staging", "Production"])
    await page.getByRole("checkbox", { name: env, exact: true }).check();
  await page.getByLabel("Same for all environments").uncheck();
  await expectNoSeriousViolations(page, "wizard step 2 (Key/Value, per environment)");
  await page.getByLabel("Credential type").selectOption("Certificate");
  await expectNoSeriousViolations(page, "wizard step 2 (Certificate)");
});

test.describe("a secret", () => {
  let id = "";
  let name = "";
  test.beforeAll(() => {
    name = uniqueName("a11y_secret");
    id = registerSecret("holder@acme.test", {
      name,
      scope: "ORGANIZATION",
      expiresAt: day(20),
      description: "Used by the accessibility spec",
      usages: [{ consumerName: "Billing agent", location: "header Authorization" }],
    });
  });

  test("secret page", async ({ holderPage: page }) => {
    await visit(page, `/secrets/${id}`, name);
    await expectNoSeriousViolations(page, "the secret page");
  });

  test("edit page", async ({ holderPage: page }) => {
    await page.goto(`/secrets/${id}/edit`);
    await expect(page.getByRole("button", { name: "Save changes" })).toBeVisible();
    await expectNoSeriousViolations(page, "the edit page");
  });

  test("the Delete secret dialog", async ({ holderPage: page }) => {
    await visit(page, `/secrets/${id}`, name);
    await page.getByRole("button", { name: "Delete secret" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByLabel("Type DELETE to confirm")).toBeVisible();
    await expectNoSeriousViolations(page, "the Delete secret dialog (Schedule deletion)");
    await dialog.getByRole("radio", { name: "Delete now" }).check();
    await expectNoSeriousViolations(page, "the Delete secret dialog (Delete now)");
  });

  test("Where used page with results", async ({ holderPage: page }) => {
    await visit(page, `/secrets/where-used?q=${name}`, "Where used");
    await expect(page.getByText("Billing agent")).toBeVisible();
    await expectNoSeriousViolations(page, "the Where used page");
  });
});

test("Quick Commands: list, form, secret picker and a command's page", async ({ alicePage: page }) => {
  const commandName = uniqueName("A11y command");
  await page.goto("/quick-commands/new");
  await page.getByLabel("Name", { exact: true }).fill(commandName);
  await page.getByLabel("Endpoint").fill("http://127.0.0.1:9/{item}");
  await page.getByRole("button", { name: "Add header" }).click();
  await page.getByLabel("Key", { exact: true }).last().fill("Accept");
  await page.getByLabel("Value", { exact: true }).last().fill("application/json");
  await expectNoSeriousViolations(page, "the New quick command form");
  await page.getByRole("button", { name: "Secret", exact: true }).last().click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await expectNoSeriousViolations(page, "the secret picker");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await page.getByRole("button", { name: "Create quick command" }).click();
  await expect(heading(page, commandName)).toBeVisible();
  await expectNoSeriousViolations(page, "a quick command's page");
  await visit(page, "/quick-commands", "Quick Commands");
  await expect(page.getByRole("link", { name: commandName })).toBeVisible();
  await expectNoSeriousViolations(page, "the Quick Commands list");
});

test("Notifications", async ({ holderPage: page }) => {
  await visit(page, "/notifications", "Notifications");
  await expectNoSeriousViolations(page, "Notifications");
});

test("Audit log", async ({ holderPage: page }) => {
  await visit(page, "/audit", "Audit log");
  await expectNoSeriousViolations(page, "the Audit log");
});

test("API documentation", async ({ holderPage: page }) => {
  await visit(page, "/api-docs", "API documentation");
  await expectNoSeriousViolations(page, "the API documentation");
});

test("Settings: API tokens and the Create token dialog", async ({ holderPage: page }) => {
  await visit(page, "/settings/api-tokens", "Settings");
  await expect(page.getByRole("heading", { name: "API tokens" })).toBeVisible();
  await expectNoSeriousViolations(page, "Settings → API tokens");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByRole("dialog", { name: "Create token" })).toBeVisible();
  await expectNoSeriousViolations(page, "the Create token dialog");
});

for (const section of ["members", "workspaces", "spots", "environments", "lifecycle", "outbox"]) {
  test(`Settings: ${section}`, async ({ holderPage: page }) => {
    await visit(page, `/settings/${section}`, "Settings");
    await expect(
      page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: new RegExp(section, "i") }),
    ).toHaveAttribute("aria-current", "page");
    await expectNoSeriousViolations(page, `Settings → ${section}`);
  });
}

test("Settings as a Member", async ({ bobPage: page }) => {
  await visit(page, "/settings", "Settings");
  await expectNoSeriousViolations(page, "Settings for a Member");
});

test("the Import dialog with a preview", async ({ holderPage: page }) => {
  await visit(page, "/secrets", "Secrets Manager");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Import secrets" });
  await expect(dialog.getByLabel("File")).toBeVisible();
  await expectNoSeriousViolations(page, "the Import dialog");
  await dialog.getByLabel("Storage location").selectOption({ label: "Personal (yours)" });
  await dialog
    .getByLabel("File")
    .setInputFiles({ name: "a11y.env", mimeType: "text/plain", buffer: Buffer.from("A11Y_ONE=1\nBROKEN LINE\n") });
  await dialog.getByRole("button", { name: "Preview" }).click();
  await expect(dialog.getByRole("region", { name: "Invalid lines" })).toBeVisible();
  await expectNoSeriousViolations(page, "the Import preview");
});

test("the Export dialog", async ({ holderPage: page }) => {
  await visit(page, "/secrets", "Secrets Manager");
  await page.getByRole("button", { name: "Export", exact: true }).click();
  await expect(page.getByRole("dialog", { name: "Export values" })).toBeVisible();
  await expectNoSeriousViolations(page, "the Export dialog");
});

test("Value matrix", async ({ holderPage: page }) => {
  await visit(page, "/secrets/matrix", "Value matrix");
  await expectNoSeriousViolations(page, "the Value matrix");
});

test("the user menu open", async ({ bobPage: page }) => {
  await visit(page, "/secrets", "Secrets Manager");
  await page.getByRole("button", { name: "Bob Brown" }).click();
  await expect(page.getByRole("dialog", { name: "User menu" })).toBeVisible();
  await expectNoSeriousViolations(page, "the user menu");
});

// Tables and code blocks scroll sideways on a phone: they must still be reachable by keyboard.
const NARROW_SCREENS: [path: string, title: string][] = [
  ["/secrets", "Secrets Manager"],
  ["/secrets/matrix", "Value matrix"],
  ["/audit", "Audit log"],
  ["/api-docs", "API documentation"],
  ["/settings/members", "Settings"],
  ["/settings/environments", "Settings"],
];
for (const [path, title] of NARROW_SCREENS) {
  test(`on a narrow screen: ${path}`, async ({ holderPage: page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await visit(page, path, title);
    await expectNoSeriousViolations(page, `${path} on a narrow screen`);
  });
}

test("on a narrow screen: the Quick Commands list", async ({ alicePage: page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await visit(page, "/quick-commands", "Quick Commands");
  await expectNoSeriousViolations(page, "the Quick Commands list on a narrow screen");
});
