// Shared end-to-end fixtures: pages already signed in as each demo role (sessions saved once
// by auth.setup.ts), the sign-in steps, and isolated organizations for tests that change
// users (lock-out, sign-out) so that the demo users are never locked or signed out.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS, type DemoUserKey } from "../lib/seed/demo-users.ts";
import { ORG_ROLE_LABELS } from "../lib/domain/constants.ts";
import type { TestOrganization } from "../lib/seed/test-organization.ts";

export { expect };
export { DEMO_PASSWORD, DEMO_USERS, ORG_ROLE_LABELS, type DemoUserKey, type TestOrganization };

export const DEMO_USER_KEYS = Object.keys(DEMO_USERS) as DemoUserKey[];

const root = path.resolve(__dirname, "..");

/** Where auth.setup.ts saves the signed-in browser state of a demo user (one folder per run of scripts/test-e2e.mjs). */
export const authFile = (key: DemoUserKey) =>
  path.join(__dirname, ".auth", process.env.STRONGROOM_E2E_RUN || "local", `${key}.json`);

/** Fills in and submits the sign-in form (the page must be on /login). */
export async function submitSignIn(page: Page, email: string, password: string) {
  await page.getByLabel("E-mail", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await submitSignIn(page, email, password);
}

/**
 * A new organization with its own users (holder, manager, member1, member2) in the database
 * the test server uses. Created in a child process: see support/create-test-organization.ts.
 */
export function createTestOrganization(prefix: string): TestOrganization {
  const output = execFileSync(
    path.join(root, "node_modules/.bin/tsx"),
    ["--conditions=react-server", path.join(__dirname, "support/create-test-organization.ts"), prefix],
    { cwd: root, env: process.env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  return JSON.parse(output) as TestOrganization;
}

type RoleFixtures = { [K in DemoUserKey as `${K}Page`]: Page } & {
  /** Opens a new page signed in as the given demo user (for loops over roles). */
  pageAs: (key: DemoUserKey) => Promise<Page>;
};

/**
 * `test` with `holderPage`, `managerPage`, `alicePage` and `bobPage` (signed-in pages of the
 * demo organization) and `pageAs(key)`.
 */
export const test = base.extend<RoleFixtures>({
  pageAs: async ({ browser, baseURL }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (key) => {
      const context = await browser.newContext({ baseURL, storageState: authFile(key) });
      contexts.push(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
  holderPage: async ({ pageAs }, use) => use(await pageAs("holder")),
  managerPage: async ({ pageAs }, use) => use(await pageAs("manager")),
  alicePage: async ({ pageAs }, use) => use(await pageAs("alice")),
  bobPage: async ({ pageAs }, use) => use(await pageAs("bob")),
});
