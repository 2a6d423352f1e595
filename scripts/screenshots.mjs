// `npm run screenshots`: the README's pictures, taken from the demo so they stay true. Uses a
// running portal (STRONGROOM_SCREENSHOTS_URL, else one answering on PORT, default 3000), or
// starts `npm run demo` on PORT and stops it afterwards. Signs in as the demo's Account Holder,
// registers a few sample secrets through the wizard when the list has none of them, and writes
// docs/screenshots/{secrets-list,register-wizard}-{1440,390}-{light,dark}.png (dark: the
// browser's prefers-color-scheme, which the portal follows).
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { ensureChromium } from "./ensure-chromium.mjs";
import { loadProjectEnv, root } from "./project-env.mjs";

// lib/seed/demo-users.ts (the demo's published login).
const LOGIN = { email: "holder@acme.test", password: "correct-horse-battery" };
const OUT_DIR = path.join(root, "docs/screenshots");
const VIEWPORTS = [
  { name: "1440", width: 1440, height: 900 },
  { name: "390", width: 390, height: 844 },
];
const SCHEMES = ["light", "dark"];

const inDays = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Sample secrets of the screenshots: one per common credential type, with different statuses. */
const SAMPLES = [
  {
    name: "stripe_live_key",
    type: "API Key",
    fields: { "Header name": "X-API-Key", Value: "sk_live_demo" },
    expires: inDays(120),
  },
  { name: "github_deploy_token", type: "Bearer Token", fields: { Token: "ghp_demo" }, expires: inDays(6) },
  { name: "sftp_backups", type: "Basic Auth", fields: { Username: "backup", Password: "demo-password" } },
  {
    name: "hubspot_private_app",
    type: "API Key",
    fields: { "Header name": "Authorization", Value: "pat-demo" },
    expires: inDays(45),
  },
];

const env = loadProjectEnv();
const port = Number(env.PORT || 3000);
const explicitUrl = env.STRONGROOM_SCREENSHOTS_URL;
const baseURL = (explicitUrl || `http://127.0.0.1:${port}`).replace(/\/$/, "");

let demo;
if (!(await answers(baseURL))) {
  if (explicitUrl) fail(`Nothing answers on ${baseURL} (STRONGROOM_SCREENSHOTS_URL).`);
  console.log(`▶ No portal on ${baseURL}: starting the demo`);
  demo = spawn(process.execPath, [path.join(root, "scripts/demo.mjs")], { cwd: root, env, stdio: "inherit" });
  demo.on("exit", (code) => {
    if (code) fail(`The demo exited (${code}) before the screenshots were taken.`);
  });
  await waitUntilUp(baseURL);
}

const browser = await chromium.launch({
  executablePath: ensureChromium(),
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
});
try {
  mkdirSync(OUT_DIR, { recursive: true });
  const setup = await browser.newContext({ baseURL });
  const setupPage = await setup.newPage();
  await signIn(setupPage);
  for (const sample of SAMPLES) await ensureSample(setupPage, sample);
  const storageState = await setup.storageState();
  await setup.close();

  for (const viewport of VIEWPORTS) {
    for (const colorScheme of SCHEMES) {
      const { width, height } = viewport;
      const context = await browser.newContext({ baseURL, storageState, viewport: { width, height }, colorScheme });
      const page = await context.newPage();
      const suffix = `${viewport.name}-${colorScheme}`;
      await page.goto("/secrets");
      await page.getByRole("row", { name: /stripe_live_key/ }).waitFor();
      await shoot(page, `secrets-list-${suffix}.png`);
      await openWizardCredentialStep(page);
      await shoot(page, `register-wizard-${suffix}.png`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  if (demo) {
    demo.removeAllListeners("exit");
    demo.kill("SIGTERM");
  }
}

async function shoot(page, file) {
  // Nothing animating or focused in the picture.
  await page.locator(":focus").evaluateAll((focused) => focused.forEach((el) => el.blur()));
  await page.locator("body").evaluate((body) => body.ownerDocument.defaultView?.scrollTo(0, 0));
  await page.screenshot({ path: path.join(OUT_DIR, file), animations: "disabled", caret: "hide" });
  console.log(`  docs/screenshots/${file}`);
}

async function signIn(page) {
  await page.goto("/login");
  await page.getByLabel("E-mail", { exact: true }).fill(LOGIN.email);
  await page.getByLabel("Password", { exact: true }).fill(LOGIN.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Secrets Manager" }).waitFor();
}

async function openWizardCredentialStep(page) {
  await page.goto("/secrets/new");
  await page.getByRole("radio", { name: "Organization", exact: true }).check();
  await page.getByRole("radio", { name: "Entire organization", exact: true }).check();
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await page.getByRole("heading", { name: "Credential", exact: true }).waitFor();
  await page.getByLabel("Credential type").selectOption("API Key");
  await page.getByLabel("Secret name").fill("openai_api_key");
  await page.getByText("This name is available.").waitFor();
}

/** Registers a sample secret through the wizard unless the organization has one of that name. */
async function ensureSample(page, sample) {
  await page.goto(`/secrets?q=${sample.name}`);
  await page.getByRole("heading", { level: 1, name: "Secrets Manager" }).waitFor();
  if ((await page.getByRole("row", { name: new RegExp(sample.name) }).count()) > 0) return;
  console.log(`▶ Registering the sample secret ${sample.name}`);
  await page.goto("/secrets/new");
  await page.getByRole("radio", { name: "Organization", exact: true }).check();
  await page.getByRole("radio", { name: "Entire organization", exact: true }).check();
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await page.getByLabel("Credential type").selectOption(sample.type);
  await page.getByLabel("Secret name").fill(sample.name);
  for (const [label, value] of Object.entries(sample.fields)) await page.getByLabel(label, { exact: true }).fill(value);
  if (sample.expires) await page.getByLabel("Expiration date").fill(sample.expires);
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await page.getByRole("button", { name: "Register secret", exact: true }).click();
  await page.getByRole("heading", { name: "Secret registered" }).waitFor();
}

async function answers(url) {
  try {
    const res = await fetch(`${url}/login`, { redirect: "manual" });
    return res.status < 500;
  } catch {
    return false;
  }
}

async function waitUntilUp(url) {
  for (let i = 0; i < 1200; i++) {
    if (await answers(url)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  fail(`The demo did not answer on ${url} within 10 minutes.`);
}

function fail(message) {
  console.error(`✘ ${message}`);
  if (demo) demo.kill("SIGTERM");
  process.exit(1);
}
