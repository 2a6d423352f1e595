// Quick Commands end to end (issue 6): a command with a secret header chosen with the Secret
// button, run on the server against a local echo server — the echo server receives the value,
// the browser only ever sees it redacted; "Create and add"; sharing a command with a personal
// secret is refused naming it; forking as another member drops the personal secret, and a
// deleted one is named as deleted; a run refused before sending is no use of its secret.
import { execFileSync } from "node:child_process";
import path from "node:path";
import type { Page, Response } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { startEchoServer, type LocalServer } from "../tests/support/http-servers.ts";

test.describe.configure({ mode: "serial" });

const root = path.resolve(__dirname, "..");
const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
type Seeded = {
  personalName: string;
  value: string;
  legacyCommandId: string;
  legacyName: string;
  goneName: string;
  usesGoneName: string;
};

let echo: LocalServer;
let seeded: Seeded;
let commandUrl = "";
const commandName = `Echo ${suffix}`;

test.beforeAll(async () => {
  echo = await startEchoServer();
  const out = execFileSync(
    path.join(root, "node_modules/.bin/tsx"),
    ["--conditions=react-server", path.join(__dirname, "support/seed-quick-commands.ts"), suffix, echo.origin],
    {
      cwd: root,
      // The test server's master key, so that the server can use what this process encrypts.
      env: {
        ...process.env,
        STRONGROOM_MASTER_KEYS: process.env.STRONGROOM_E2E_MASTER_KEYS,
        STRONGROOM_MASTER_KEY_FILE: "",
      },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  seeded = JSON.parse(out) as Seeded;
});
test.afterAll(async () => echo?.close());

/** Every response body the browser receives (documents, RSC payloads, server action results). */
function recordTraffic(page: Page): string[] {
  const bodies: string[] = [];
  page.on(
    "response",
    (r: Response) =>
      void r.text().then(
        (t) => bodies.push(t),
        () => undefined,
      ),
  );
  return bodies;
}

const alertSaying = (page: Page, text: string | RegExp) => page.getByRole("alert").filter({ hasText: text });

async function chooseSecret(page: Page, location: string, type: string, name: string) {
  await page.getByRole("button", { name: "Secret", exact: true }).last().click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Storage location").selectOption({ label: location });
  await dialog.getByLabel("Credential type").selectOption({ label: type });
  await dialog.getByLabel("Secret", { exact: true }).selectOption({ label: name });
  await expect(dialog).toBeHidden();
}

test("create a command with a secret header, run it on the server and see the echo redacted", async ({
  alicePage: page,
}) => {
  const traffic = recordTraffic(page);
  await page.goto("/quick-commands/new");
  await page.getByLabel("Name", { exact: true }).fill(commandName);
  await page.getByLabel("Method").selectOption("POST");
  await page.getByLabel("Endpoint").fill(`${echo.origin}/items/{item}`);
  await page.getByRole("button", { name: "Add header" }).click();
  // An empty new row is not an error until the user leaves its Key or submits.
  await expect(page.getByText("Key is required.")).toHaveCount(0);
  await page.getByLabel("Key", { exact: true }).last().focus();
  await page.getByLabel("Key", { exact: true }).last().blur();
  await expect(page.getByText("Key is required.")).toBeVisible();
  await page.getByLabel("Key", { exact: true }).last().fill("X-API-Key");
  await expect(page.getByText("Key is required.")).toHaveCount(0);
  await chooseSecret(page, "Personal", "API Key", seeded.personalName);
  await expect(page.getByLabel("Value", { exact: true }).last()).toHaveValue(new RegExp(seeded.personalName));
  await page.getByRole("button", { name: "Add header" }).click();
  await page.getByLabel("Key", { exact: true }).last().fill("Accept");
  await page.getByLabel("Value", { exact: true }).last().fill("application/json");
  await page.getByLabel("Body").fill('{"item": "{item}"}');
  await page.getByRole("button", { name: "Create quick command" }).click();

  await expect(page.getByRole("heading", { level: 1, name: commandName })).toBeVisible();
  commandUrl = new URL(page.url()).pathname;
  // The secret header is marked with an SVG padlock (no emoji, which may have no glyph here).
  const request = page.getByRole("table").filter({ hasText: "X-API-Key" });
  await expect(request.getByRole("row").filter({ hasText: seeded.personalName }).locator("svg")).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText("🔒");
  // Delete is a destructive button, not text.
  const remove = page.getByRole("button", { name: "Delete", exact: true });
  await expect(remove).not.toHaveCSS("background-color", "rgba(0, 0, 0, 0)");
  await page.getByLabel("Environment").selectOption({ label: "Production" });
  await page.getByLabel("item", { exact: true }).fill("42");
  await page.getByRole("button", { name: "Run", exact: true }).click();

  await expect(page.getByRole("region", { name: "Status" })).toContainText("200");
  const body = page.getByRole("region", { name: "Response body" });
  await expect(body).toContainText('"x-api-key": "[REDACTED]"');
  await expect(body).toContainText('"url": "/items/42"');
  await expect(page.getByRole("region", { name: "Response headers" })).toBeVisible();

  const received = echo.received.at(-1)!;
  expect(received.url).toBe("/items/42");
  expect(received.headers["x-api-key"]).toBe(seeded.value);
  // A JSON body goes out as JSON.
  expect(received.headers["content-type"]).toBe("application/json");
  expect(await page.content()).not.toContain(seeded.value);
  expect(traffic.join("\n")).not.toContain(seeded.value);
});

test("a run refused before sending (an input left empty) is not a use of its secret", async ({ alicePage: page }) => {
  const usesOf = async () => {
    await page.goto("/audit?action=secret.use");
    const box = page.getByRole("combobox", { name: "Secret" });
    await box.fill(seeded.personalName);
    const suggestions = page.getByRole("listbox", { name: "Secret suggestions" });
    await suggestions.getByRole("option", { name: seeded.personalName }).click();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/secretId=/);
    return page.getByRole("table", { name: /Audit records/ }).locator("tbody tr");
  };
  await expect(await usesOf()).toHaveCount(1);
  const sent = echo.received.length;
  await page.goto(commandUrl);
  await page.getByLabel("Environment").selectOption({ label: "Production" });
  await page.getByLabel("item", { exact: true }).fill("  ");
  await page.getByLabel("item", { exact: true }).fill("");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(alertSaying(page, "Fill in {item} to run this command.")).toBeVisible();
  expect(echo.received.length).toBe(sent);
  await expect(await usesOf()).toHaveCount(1);
  // The refused run itself is recorded, naming the command.
  await page.goto("/audit?action=command.run&outcome=FAILURE");
  const latest = page
    .getByRole("table", { name: /Audit records/ })
    .locator("tbody tr")
    .first();
  await expect(latest).toContainText(`Ran quick command «${commandName}»`);
});

test("sharing a command that uses a personal secret is refused, naming the secret", async ({ alicePage: page }) => {
  await page.goto(`${commandUrl}/edit`);
  await page.getByLabel("Visibility").selectOption({ label: "Shared" });
  // (the top bar has a "Workspace" switcher too)
  await page.getByRole("main").getByLabel("Workspace").selectOption({ label: "Payments" });
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(alertSaying(page, `The secret "${seeded.personalName}" (header X-API-Key) is personal`)).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(commandName);
});

test("another member cannot see a private command", async ({ bobPage: page }) => {
  await page.goto(commandUrl);
  await expect(page.getByRole("heading", { name: commandName })).toHaveCount(0);
  await page.goto("/quick-commands");
  await expect(page.getByRole("link", { name: commandName })).toHaveCount(0);
});

test("forking as another member drops the personal secret from the copy", async ({ bobPage: page }) => {
  await page.goto("/quick-commands");
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: seeded.legacyName, exact: true }) });
  await row.getByRole("button", { name: "Fork" }).click();
  const toast = page.getByRole("status").filter({ hasText: "Personal secrets are not copied to a fork: X-API-Key." });
  await expect(toast).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: `${seeded.legacyName} (fork)` })).toBeVisible();
  await expect(page.getByText("Needs a secret").first()).toBeVisible();
  await expect(page.getByText("a personal secret was removed")).toBeVisible();
  await expect(page.getByText("application/json")).toBeVisible();
  expect(await page.content()).not.toContain(seeded.personalName);
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(alertSaying(page, "needs a secret")).toBeVisible();
});

test("Create and add starts from the Storage location and type chosen in the picker", async ({ alicePage: page }) => {
  await page.goto("/quick-commands/new");
  await page.getByRole("button", { name: "Add header" }).click();
  await page.getByRole("button", { name: "Secret", exact: true }).last().click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Storage location").selectOption({ label: "Workspace" });
  await dialog.getByLabel("Credential type").selectOption({ label: "Bearer Token" });
  await dialog.getByRole("button", { name: "Create and add" }).click();
  await expect(dialog.getByRole("radio", { name: "Workspace", exact: true })).toBeChecked();
  await dialog.getByRole("button", { name: "Next", exact: true }).click();
  await expect(dialog.getByLabel("Credential type")).toHaveValue("BEARER_TOKEN");
  await expect(dialog.getByLabel("Header name")).toHaveValue("Authorization");
});

test("forking a command whose workspace secret was deleted says it was deleted", async ({ bobPage: page }) => {
  await page.goto("/quick-commands");
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: seeded.usesGoneName, exact: true }) });
  await row.getByRole("button", { name: "Fork" }).click();
  // The toast (shown for a few seconds) gives the real reason, not "personal".
  const toast = page.getByRole("status").filter({ hasText: "The secret was deleted: Authorization." });
  await expect(toast).toBeVisible();
  await expect(toast).not.toContainText("Personal");
  await expect(page.getByRole("heading", { level: 1, name: `${seeded.usesGoneName} (fork)` })).toBeVisible();
  await expect(page.getByText(`${seeded.goneName} was deleted`)).toBeVisible();
});

test("Create and add registers a secret inline and returns with it chosen", async ({ alicePage: page }) => {
  const name = `qc_created_${suffix}`;
  await page.goto("/quick-commands/new");
  await page.getByLabel("Name", { exact: true }).fill(`Created ${suffix}`);
  await page.getByLabel("Endpoint").fill(`${echo.origin}/created`);
  await page.getByRole("button", { name: "Add header" }).click();
  await page.getByLabel("Key", { exact: true }).last().fill("X-API-Key");
  await page.getByRole("button", { name: "Secret", exact: true }).last().click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Create and add" }).click();
  await dialog.getByRole("radio", { name: /Personal/ }).check();
  await dialog.getByRole("button", { name: "Next" }).click();
  await dialog.getByLabel("Credential type").selectOption({ label: "API Key" });
  await dialog.getByLabel("Secret name").fill(name);
  await dialog.getByLabel("Header name").fill("X-API-Key");
  // No environment is preselected: the run below uses the default one.
  for (const env of ["Development", "Staging", "Production"])
    await dialog.getByRole("checkbox", { name: env, exact: true }).check();
  await dialog.getByLabel("Value", { exact: true }).fill(`created-${suffix}-value`);
  await dialog.getByRole("button", { name: "Next" }).click();
  await dialog.getByRole("button", { name: "Register secret" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel("Value", { exact: true }).last()).toHaveValue(new RegExp(name));
  await page.getByRole("button", { name: "Create quick command" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Created ${suffix}` })).toBeVisible();
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByRole("region", { name: "Response body" })).toContainText("[REDACTED]");
  expect(echo.received.at(-1)!.headers["x-api-key"]).toBe(`created-${suffix}-value`);
});
