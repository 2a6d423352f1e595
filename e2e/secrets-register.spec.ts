// The register-secret wizard (issue 4 §1): every credential type, storage locations per role,
// files, review masks, success screen, and input kept through steps and refusals.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import {
  makeCertificates,
  registerSecret,
  reviewAndRegister,
  startWizard,
  uniqueName,
  valueRow,
} from "./support/secrets.ts";

// Each test sets up its data through the data layer (a child process): allow for a busy machine.
test.describe.configure({ mode: "parallel", timeout: 180_000 });

const files = mkdtempSync(path.join(tmpdir(), "strongroom-e2e-"));
function file(name: string, content: string | Buffer): string {
  const p = path.join(files, name);
  writeFileSync(p, content);
  return p;
}

async function chooseFile(page: Page, button: ReturnType<Page["getByRole"]>, filePath: string) {
  const chooser = page.waitForEvent("filechooser");
  await button.click();
  await (await chooser).setFiles(filePath);
}

/** Credential type and Secret name, and the environments that get a value (none is preselected). */
async function typeAndName(
  page: Page,
  type: string,
  name: string,
  environments = ["Development", "Staging", "Production"],
) {
  await page.getByLabel("Credential type").selectOption(type);
  // Before the name: a refused name shows its error when the field is left, moving what is below it.
  for (const env of environments) await page.getByRole("checkbox", { name: env, exact: true }).check();
  await page.getByLabel("Secret name").fill(name);
}

test("API Key in Personal: the review masks the value, the success screen reminds to keep a copy and links to the secret", async ({
  alicePage: page,
}) => {
  const name = uniqueName("e2e_api_key");
  await startWizard(page, "Personal");
  await typeAndName(page, "API Key", name);
  await expect(page.getByText("This name is available.")).toBeVisible();
  await page.getByLabel("Header name").fill("X-API-Key");
  await page.getByLabel("Value", { exact: true }).fill("sk_live_wizard_canary");
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Review", exact: true })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Production" })).toContainText("Value: ••••••••");
  await expect(page.locator("body")).not.toContainText("sk_live_wizard_canary");
  await page.getByRole("button", { name: "Register secret", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Secret registered" })).toBeVisible();
  await expect(page.getByText("will not be shown again")).toBeVisible();
  await expect(page.getByRole("note")).toContainText("The one way to read them back is Export");
  await expect(page.getByRole("note")).not.toContainText("not to anyone");
  await page.getByRole("link", { name: `Open ${name}` }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(valueRow(page, "Production")).toContainText("Set");
  expect(await page.content()).not.toContain("sk_live_wizard_canary");
});

test("Bearer Token in the Workspace of its Admin, with the default header name", async ({ alicePage: page }) => {
  const name = uniqueName("e2e_bearer");
  await startWizard(page, "Workspace");
  await typeAndName(page, "Bearer Token", name);
  await expect(page.getByLabel("Header name")).toHaveValue("Authorization");
  await page.getByLabel("Token", { exact: true }).fill("eyJ.token.e2e");
  await reviewAndRegister(page);
  await page.goto(`/secrets?q=${name}`);
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Workspace: Payments");
});

test("Basic Auth for chosen Spots with a different value per environment", async ({ holderPage: page }) => {
  const name = uniqueName("e2e_basic");
  await page.goto("/secrets/new");
  await page.getByRole("radio", { name: "Organization", exact: true }).check();
  await page.getByRole("radio", { name: "Spot", exact: true }).check();
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByText("Choose at least one Spot")).toBeVisible();
  await page.getByLabel("CodeCrafters").check();
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await typeAndName(page, "Basic Auth", name);
  await page.getByLabel("Username").fill("svc-billing");
  await page.getByLabel("Same for all environments").uncheck();
  await page.getByRole("checkbox", { name: "Development", exact: true }).uncheck();
  await page.getByRole("group", { name: "Staging", exact: true }).getByLabel("Password").fill("staging-pass");
  await page.getByRole("group", { name: "Production", exact: true }).getByLabel("Password").fill("production-pass");
  await reviewAndRegister(page);
  await page.getByRole("link", { name: `Open ${name}` }).click();
  await expect(page.getByText("Spot: CodeCrafters")).toBeVisible();
  await expect(valueRow(page, "Development")).toContainText("Not set");
  await expect(valueRow(page, "Staging")).toContainText("Set");
});

test("Client Credentials (OAuth 2.0) with scopes", async ({ managerPage: page }) => {
  const name = uniqueName("e2e_oauth");
  await startWizard(page, "Organization");
  await typeAndName(page, "Client Credentials (OAuth 2.0)", name);
  await page.getByLabel("Token URL").fill("https://auth.example.com/oauth/token");
  await page.getByLabel("Client ID").fill("client-123");
  await page.getByLabel("Scopes").fill("read write");
  await page.getByLabel("Client secret").fill("shh-client-secret");
  await reviewAndRegister(page);
  await page.getByRole("link", { name: `Open ${name}` }).click();
  await expect(page.getByText("https://auth.example.com/oauth/token")).toBeVisible();
  await expect(page.locator("body")).not.toContainText("shh-client-secret");
});

test("Certificate from a DER file: subject, issuer, fingerprint and expiration are read from it; the private key file is kept secret", async ({
  alicePage: page,
}) => {
  const certs = makeCertificates();
  const pem = file("cert.pem", certs.validPem);
  const der = path.join(files, "cert.der");
  execFileSync("openssl", ["x509", "-in", pem, "-outform", "DER", "-out", der]);
  const name = uniqueName("e2e_cert");
  await startWizard(page, "Personal");
  await typeAndName(page, "Certificate", name);
  await page.getByLabel("Certificate", { exact: true }).setInputFiles(der);
  await expect(page.getByLabel("Subject")).toHaveValue(/CN=strongroom\.test/);
  await expect(page.getByLabel("Fingerprint (SHA-256)")).toHaveValue(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  await expect(page.getByLabel("Expiration date")).toHaveValue("2124-01-01");
  await expect(page.getByLabel("Expiration date")).not.toBeEditable();
  await page.getByLabel("Private key").setInputFiles(file("key.pem", certs.key));
  await reviewAndRegister(page);
  await page.getByRole("link", { name: `Open ${name}` }).click();
  await expect(page.getByText("CN=strongroom.test, O=Strongroom Tests").first()).toBeVisible();
  await expect(page.getByText("2124-01-01").first()).toBeVisible();
});

test("an expired certificate is refused with its date, and a mismatched key names the field", async ({
  alicePage: page,
}) => {
  const certs = makeCertificates();
  await startWizard(page, "Personal");
  await typeAndName(page, "Certificate", uniqueName("e2e_cert_bad"));
  await page.getByLabel("Certificate", { exact: true }).setInputFiles(file("expired.pem", certs.expiredPem));
  await expect(page.getByText("The certificate expired on 2025-01-31.")).toBeVisible();
  await page.getByLabel("Certificate", { exact: true }).setInputFiles(file("valid.pem", certs.validPem));
  await expect(page.getByLabel("Subject")).toHaveValue(/strongroom/);
  await expect(page.getByText(/Loaded: valid\.pem — certificate of .*CN=strongroom\.test/)).toBeVisible();
  // The key is checked as it is chosen, at its field, in plain words.
  await page.getByLabel("Private key").setInputFiles(file("other.key", certs.otherKey));
  await expect(page.getByText("The private key does not match the certificate.")).toBeVisible();
  await expect(page.getByLabel("Private key")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Check the highlighted fields")).toHaveCount(0);
  await page.getByLabel("Private key").setInputFiles(file("key.pem", certs.key));
  await expect(page.getByText("Loaded: key.pem — private key, matches the certificate.")).toBeVisible();
  await expect(page.getByText("The private key does not match the certificate.")).toHaveCount(0);
  // Shown again (Review, then Back), the file boxes still say what they hold.
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByText(/Loaded: certificate of .*CN=strongroom\.test/)).toBeVisible();
  await expect(page.getByText("Loaded: private key.")).toBeVisible();
  await expect(page.getByText("No file chosen")).toHaveCount(0);
  await expect(page.getByLabel("Subject")).toHaveValue(/strongroom/);
});

test("a certificate chosen after its key is checked against it", async ({ alicePage: page }) => {
  const certs = makeCertificates();
  await startWizard(page, "Personal");
  await typeAndName(page, "Certificate", uniqueName("e2e_cert_late"), ["Production"]);
  await page.getByLabel("Private key").setInputFiles(file("other-first.key", certs.otherKey));
  await expect(page.getByText("Loaded: other-first.key — private key.")).toBeVisible();
  await page.getByLabel("Certificate", { exact: true }).setInputFiles(file("late.pem", certs.validPem));
  await expect(page.getByText("The private key does not match the certificate.")).toBeVisible();
});

test("Key/Value loaded from a .env file; a bad line is reported by its number", async ({ bobPage: page }) => {
  const name = uniqueName("e2e_kv");
  await startWizard(page, "Personal");
  await typeAndName(page, "Key/Value", name);
  const load = page.getByRole("button", { name: "Load from file" });
  await chooseFile(page, load, file("bad.env", "GOOD=1\nthis line is wrong\n"));
  await expect(page.getByText(/Line 2/)).toBeVisible();
  await expect(page.getByText("Every pair needs a Key; its Value may be left empty.")).toBeVisible();
  await expect(page.getByText("(optional)")).toHaveCount(2); // Description and Expiration date, not the Value
  await chooseFile(page, load, file("app.env", 'API_TOKEN=abc123\nDB_PASSWORD="p@ss word"\n'));
  // The first file's good line is a row now: the second file asks before replacing it.
  await page.getByRole("dialog", { name: "Load app.env?" }).getByRole("button", { name: "Replace the rows" }).click();
  await expect(page.getByLabel("Key", { exact: true }).nth(0)).toHaveValue("API_TOKEN");
  await expect(page.getByLabel("Key", { exact: true }).nth(1)).toHaveValue("DB_PASSWORD");
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByText("API_TOKEN = ••••••••, DB_PASSWORD = ••••••••").first()).toBeVisible();
  await page.getByRole("button", { name: "Register secret", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Secret registered" })).toBeVisible();
});

test("JSON Credentials loaded from a .json file; invalid JSON says where", async ({ bobPage: page }) => {
  const name = uniqueName("e2e_json");
  await startWizard(page, "Personal");
  await typeAndName(page, "JSON Credentials", name);
  await page.getByLabel("JSON document").fill('{\n  "type": "service_account",\n  "key": \n}');
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByText(/JSON document is not valid JSON: line \d+, column \d+/)).toBeVisible();
  await chooseFile(
    page,
    page.getByRole("button", { name: "Load from file" }),
    file("sa.json", '{"type":"service_account","private_key":"x"}'),
  );
  await expect(page.getByLabel("JSON document")).toHaveValue(/service_account/);
  await reviewAndRegister(page);
});

test("SFTP Password and SFTP Private Key", async ({ alicePage: page }) => {
  const certs = makeCertificates();
  await startWizard(page, "Personal");
  await typeAndName(page, "SFTP Password", uniqueName("e2e_sftp_pw"));
  await page.getByLabel("Host").fill("sftp.example.com");
  await expect(page.getByLabel("Port")).toHaveValue("22");
  await page.getByLabel("Username").fill("deploy");
  await page.getByLabel("Password").fill("sftp-pass");
  await reviewAndRegister(page);

  await startWizard(page, "Personal");
  await typeAndName(page, "SFTP Private Key", uniqueName("e2e_sftp_key"));
  await page.getByLabel("Host").fill("sftp.example.com");
  await page.getByLabel("Username").fill("deploy");
  await page.getByLabel("Private key").fill(certs.key);
  await reviewAndRegister(page);
});

test("validation errors show next to the fields and keep the input, also going back and forth", async ({
  alicePage: page,
}) => {
  await startWizard(page, "Personal");
  await typeAndName(page, "API Key", "bad name");
  await page.getByLabel("Header name").fill("X API Key");
  await page.getByLabel("Value", { exact: true }).fill("kept-value");
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByText(/Secret name may contain only letters/)).toBeVisible();
  await expect(page.getByText("Header name cannot contain spaces.")).toBeVisible();
  await expect(page.getByLabel("Secret name")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Value", { exact: true })).toHaveValue("kept-value");

  const name = uniqueName("e2e_fixed");
  await page.getByLabel("Secret name").fill(name);
  await page.getByLabel("Header name").fill("X-API-Key");
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByRole("radio", { name: "Personal" })).toBeChecked();
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByLabel("Secret name")).toHaveValue(name);
  await expect(page.getByLabel("Value", { exact: true })).toHaveValue("kept-value");
  await reviewAndRegister(page);
});

test("a name made only of dots and an unreadable OpenSSH key are refused next to their fields; the input is kept", async ({
  alicePage: page,
}) => {
  const garbage = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----";
  await startWizard(page, "Personal");
  await typeAndName(page, "SFTP Private Key", "..");
  await page.getByLabel("Host").fill("sftp.example.com");
  await page.getByLabel("Username").fill("deploy");
  await page.getByLabel("Private key").fill(garbage);
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(
    page.getByText("Secret name cannot be made only of dots: include a letter or digit, e.g. stripe_api_key."),
  ).toBeVisible();
  const name = uniqueName("e2e_ssh_garbage");
  await page.getByLabel("Secret name").fill(name);
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await page.getByRole("button", { name: "Register secret", exact: true }).click();
  await expect(page.getByText(/not a complete OpenSSH private key/).first()).toBeVisible();
  await expect(page.getByLabel("Private key")).toHaveValue(garbage);
  await expect(page.getByLabel("Secret name")).toHaveValue(name);
});

test("a taken name is flagged live and blocks Next; a name taken meanwhile is refused by the server and every input is kept", async ({
  alicePage: page,
}) => {
  const taken = uniqueName("e2e_taken");
  registerSecret("alice@acme.test", { name: taken });
  await startWizard(page, "Personal");
  await typeAndName(page, "API Key", taken);
  await page.getByLabel("Header name").fill("X-API-Key");
  await page.getByLabel("Value", { exact: true }).fill("my-value");
  await expect(page.getByText(`A secret named "${taken}" already exists in this storage location.`)).toBeVisible();
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Credential", exact: true })).toBeVisible();
  await expect(page.getByText(`A secret named "${taken}" already exists in this storage location.`)).toHaveCount(1);

  const racing = uniqueName("e2e_race");
  await page.getByLabel("Secret name").fill(racing);
  await expect(page.getByText("This name is available.")).toBeVisible();
  await page.getByRole("button", { name: "Next", exact: true }).click();
  registerSecret("alice@acme.test", { name: racing });
  await page.getByRole("button", { name: "Register secret", exact: true }).click();
  const refusal = page.getByText(`A secret named "${racing}" already exists in this storage location.`);
  await expect(refusal).toBeVisible();
  await expect(refusal).toHaveCount(1); // at the field only: no banner, no contradicting "This name is available."
  await expect(page.getByText("This name is available.")).toHaveCount(0);
  await expect(page.getByLabel("Secret name")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Secret name")).toHaveValue(racing);
  await expect(page.getByLabel("Header name")).toHaveValue("X-API-Key");
  await expect(page.getByLabel("Value", { exact: true })).toHaveValue("my-value");
});

test("a Member cannot choose Organization, nor a Workspace they are not an Admin of", async ({ bobPage: page }) => {
  await page.goto("/secrets/new");
  await expect(page.getByRole("radio", { name: "Organization", exact: true })).toBeDisabled();
  await expect(page.getByRole("radio", { name: "Workspace", exact: true })).toBeDisabled();
  await expect(
    page.getByText("Only Account Holders and Account Managers can create organization secrets."),
  ).toBeVisible();
  await expect(page.getByRole("radio", { name: "Personal", exact: true })).toBeEnabled();
  // Their only choice is preselected.
  await expect(page.getByRole("radio", { name: "Personal", exact: true })).toBeChecked();
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Credential", exact: true })).toBeVisible();
});

test("the wizard works with the keyboard only", async ({ alicePage: page }) => {
  const name = uniqueName("e2e_keys");
  await page.goto("/secrets/new");
  await page.getByRole("radio", { name: "Workspace", exact: true }).focus();
  await page.keyboard.press("ArrowRight"); // Personal
  await expect(page.getByRole("radio", { name: "Personal" })).toBeChecked();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Credential", exact: true })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Credential type")).toBeFocused();
  await page.keyboard.press("ArrowDown"); // API Key
  await expect(page.getByLabel("Credential type")).toHaveValue("API_KEY");
  await page.keyboard.press("Tab");
  await page.keyboard.type(name);
  await page.keyboard.press("Tab"); // Description
  await page.keyboard.press("Tab"); // Header name
  await page.keyboard.type("X-API-Key");
  await page.getByRole("checkbox", { name: "Production", exact: true }).focus();
  await page.keyboard.press("Space");
  await page.getByLabel("Value", { exact: true }).focus();
  await page.keyboard.type("typed-by-keyboard");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Review", exact: true })).toBeFocused();
  await page.keyboard.press("Tab"); // Back
  await page.keyboard.press("Tab"); // Register secret
  await expect(page.getByRole("button", { name: "Register secret", exact: true })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Secret registered" })).toBeFocused();
});

test("after 'Choose a storage location.', choosing Organization clears it and the first Next goes on", async ({
  holderPage: page,
}) => {
  await page.goto("/secrets/new");
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByText("Choose a storage location.")).toBeVisible();
  await page.getByRole("radio", { name: "Organization", exact: true }).check();
  await expect(page.getByText("Choose a storage location.")).toBeHidden();
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Credential", exact: true })).toBeVisible();
});

test("a past expiration date is allowed but said at the field; dates are typed as YYYY-MM-DD", async ({
  alicePage: page,
}) => {
  await startWizard(page, "Personal");
  await typeAndName(page, "API Key", uniqueName("e2e_past"), ["Production"]);
  await page.getByLabel("Header name").fill("X-API-Key");
  await page.getByLabel("Value", { exact: true }).fill("past-value");
  const date = page.getByLabel("Expiration date");
  await expect(date).toHaveAttribute("placeholder", "YYYY-MM-DD");
  await date.fill("2030-01-01");
  await expect(page.getByText(/This date has passed/)).toHaveCount(0);
  await date.fill("2020-03-31");
  await expect(page.getByText(/This date has passed .*it will be Expired as soon as it is saved/)).toBeVisible();
  await expect(date).toHaveAttribute("aria-describedby", /.+/);
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Review", exact: true })).toBeVisible();
  await expect(page.getByText("2020-03-31")).toBeVisible();
});

test("SFTP Private Key: a passphrase for a key that has none is refused at Passphrase", async ({ alicePage: page }) => {
  const certs = makeCertificates();
  await startWizard(page, "Personal");
  await typeAndName(page, "SFTP Private Key", uniqueName("e2e_sftp_pass"), ["Production"]);
  await page.getByLabel("Host").fill("sftp.example.com");
  await page.getByLabel("Username").fill("deploy");
  await page.getByLabel("Private key").fill(certs.key);
  await page.getByLabel("Passphrase").fill("not-needed");
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await page.getByRole("button", { name: "Register secret", exact: true }).click();
  await expect(
    page.getByText("This private key is not protected by a passphrase: leave Passphrase empty."),
  ).toBeVisible();
  await expect(page.getByLabel("Passphrase")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Passphrase").fill("");
  await reviewAndRegister(page);
});

test("Key/Value: a file over typed rows asks first, and adds to them with a preview by key", async ({
  bobPage: page,
}) => {
  await startWizard(page, "Personal");
  await typeAndName(page, "Key/Value", uniqueName("e2e_kv_merge"), ["Production"]);
  await page.getByLabel("Key", { exact: true }).fill("API_TOKEN");
  await page.getByLabel("Value", { exact: true }).fill("typed-token");
  await page.getByRole("button", { name: "Add pair" }).click();
  await page.getByLabel("Key", { exact: true }).nth(1).fill("REGION");
  const load = page.getByRole("button", { name: "Load from file" });
  await chooseFile(page, load, file("merge.env", "API_TOKEN=from-file\nDB_PASSWORD=pw\n"));
  const dialog = page.getByRole("dialog", { name: "Load merge.env?" });
  await expect(dialog).toContainText("The rows already hold 2 pairs you typed.");
  await expect(dialog.getByRole("list").first()).toContainText("DB_PASSWORD");
  await expect(dialog.getByRole("list").last()).toContainText("API_TOKEN");
  await expect(dialog).not.toContainText("from-file");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel("Key", { exact: true })).toHaveCount(2);
  await expect(page.getByLabel("Key", { exact: true }).nth(0)).toHaveValue("API_TOKEN");

  await chooseFile(page, load, file("merge.env", "API_TOKEN=from-file\nDB_PASSWORD=pw\n"));
  await dialog.getByRole("button", { name: "Add to the rows" }).click();
  await expect(dialog).toBeHidden();
  const keys = page.getByLabel("Key", { exact: true });
  await expect(keys).toHaveCount(3);
  await expect(keys.nth(0)).toHaveValue("API_TOKEN");
  await expect(keys.nth(1)).toHaveValue("REGION");
  await expect(keys.nth(2)).toHaveValue("DB_PASSWORD");
  await expect(page.getByLabel("Value", { exact: true }).nth(0)).toHaveValue("from-file");

  await chooseFile(page, load, file("other.env", "ONLY=1\n"));
  await page.getByRole("dialog", { name: "Load other.env?" }).getByRole("button", { name: "Replace the rows" }).click();
  await expect(keys).toHaveCount(1);
  await expect(keys.first()).toHaveValue("ONLY");
});

test("a secret value can be shown while typing and hidden again", async ({ alicePage: page }) => {
  await startWizard(page, "Personal");
  await typeAndName(page, "Basic Auth", uniqueName("e2e_toggle"), ["Production"]);
  const password = page.getByLabel("Password", { exact: true });
  await password.fill("typed-blind");
  await expect(password).toHaveAttribute("type", "password");
  await page.getByRole("button", { name: "Show value" }).click();
  await expect(password).toHaveAttribute("type", "text");
  await expect(page.getByRole("button", { name: "Hide value" })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: "Hide value" }).click();
  await expect(password).toHaveAttribute("type", "password");
  await expect(password).toHaveValue("typed-blind");
});

test("no environment is preselected: the values appear for the environments the user picks", async ({
  alicePage: page,
}) => {
  await startWizard(page, "Personal");
  await page.getByLabel("Credential type").selectOption("API Key");
  for (const env of ["Development", "Staging", "Production"]) {
    await expect(page.getByRole("checkbox", { name: env, exact: true })).not.toBeChecked();
  }
  await expect(page.getByText("Choose an environment above to enter its value.")).toBeVisible();
  await expect(page.getByLabel("Value", { exact: true })).toHaveCount(0);
  await page.getByLabel("Secret name").fill(uniqueName("e2e_envs"));
  await page.getByLabel("Header name").fill("X-API-Key");
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByText("Enter a value for at least one environment.")).toBeVisible();
  await page.getByRole("checkbox", { name: "Staging", exact: true }).check();
  await page.getByLabel("Value", { exact: true }).fill("staging-only");
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Staging" })).toContainText("Value: ••••••••");
  await expect(page.getByRole("listitem").filter({ hasText: "Production" })).toHaveCount(0);
});

test("leaving the wizard with input asks first: staying keeps everything, leaving goes", async ({
  alicePage: page,
}) => {
  await startWizard(page, "Personal");
  await typeAndName(page, "API Key", uniqueName("e2e_leave"), ["Production"]);
  await page.getByLabel("Value", { exact: true }).fill("unsaved-value");
  const messages: string[] = [];
  page.once("dialog", (d) => (messages.push(d.message()), void d.dismiss()));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Secrets Manager" }).click();
  await expect.poll(() => messages).toEqual([expect.stringContaining("has not been saved and will be lost")]);
  await expect(page).toHaveURL(/\/secrets\/new$/);
  await expect(page.getByLabel("Value", { exact: true })).toHaveValue("unsaved-value");

  page.once("dialog", (d) => void d.accept());
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Secrets Manager" }).click();
  await expect(page).toHaveURL(/\/secrets$/);
});
