// Helpers of the Secrets Manager specs: unique names, test data through the data layer
// (support/secrets-data.ts in a child process: lib/ is server-only ESM), and the wizard steps.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { addDays, isoDay } from "../../lib/time/days.ts";

const root = path.resolve(__dirname, "../..");

/** A secret name no other test uses: `<prefix>_<random>`. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${randomBytes(4).toString("hex")}`;
}

function run<T>(command: object): T {
  const output = execFileSync(
    path.join(root, "node_modules/.bin/tsx"),
    ["--conditions=react-server", path.join(__dirname, "secrets-data.ts"), JSON.stringify(command)],
    {
      cwd: root,
      // The e2e server's master keys, so that values written here decrypt there.
      env: {
        ...process.env,
        STRONGROOM_MASTER_KEYS: process.env.STRONGROOM_E2E_MASTER_KEYS,
        STRONGROOM_MASTER_KEY_FILE: "",
      },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  return JSON.parse(output) as T;
}

export type Environments = Record<"Development" | "Staging" | "Production", string>;

export function demoEnvironments(): Environments {
  return run<Environments>({ op: "environments" });
}

/** The token URL of Client Credentials secrets registered by registerSecrets (never fetched). */
export const E2E_TOKEN_URL = "https://auth.example.com/oauth/token";

export type SecretSetup = {
  name: string;
  scope?: "ORGANIZATION" | "WORKSPACE" | "PERSONAL";
  workspaceId?: string;
  /** API Key value in Production (Basic Auth password, Client Credentials client secret). */
  value?: string;
  type?: "API_KEY" | "BASIC_AUTH" | "CLIENT_CREDENTIALS";
  expiresAt?: string;
  description?: string;
  /** Consumers (agents) that reference it. */
  usages?: { consumerName: string; location: string; consumerUrl?: string }[];
  /** Its deletion is scheduled right after registering. */
  scheduled?: boolean;
};

/** Registers secrets for a demo user (one child process for all of them); returns their ids. */
export function registerSecrets(email: string, setups: SecretSetup[]): string[] {
  const inputs = setups.map((s) => {
    const scope = s.scope ?? "PERSONAL";
    const value = s.value ?? `value-${randomBytes(6).toString("hex")}`;
    const credential =
      s.type === "BASIC_AUTH"
        ? { type: "BASIC_AUTH", username: "e2e", values: { Production: { password: value } } }
        : s.type === "CLIENT_CREDENTIALS"
          ? {
              type: "CLIENT_CREDENTIALS",
              tokenUrl: E2E_TOKEN_URL,
              clientId: "e2e",
              values: { Production: { clientSecret: value } },
            }
          : { type: "API_KEY", headerName: "X-API-Key", values: { Production: { value } } };
    return {
      scope,
      workspaceId: s.workspaceId,
      availability: scope === "ORGANIZATION" ? "ORGANIZATION" : undefined,
      name: s.name,
      description: s.description,
      expiresAt: s.expiresAt,
      credential,
      usages: s.usages,
      scheduled: s.scheduled,
    };
  });
  return run<string[]>({ op: "register", email, inputs });
}

export function registerSecret(email: string, setup: SecretSetup): string {
  return registerSecrets(email, [setup])[0]!;
}

/** Someone else saves the secret: it moves to a new version. */
export function updateDescriptionBehindTheScenes(email: string, secretId: string, description: string): void {
  run({ op: "update", email, secretId, description });
}

/** Writes a consumer URL straight to the database, skipping every check (a row from before them). */
export function storeUsageUrl(secretId: string, consumerName: string, consumerUrl: string): void {
  const updated = run<number>({ op: "storeUsageUrl", secretId, consumerName, consumerUrl });
  if (updated !== 1) throw new Error(`no usage ${consumerName}`);
}

export type Certificates = { validPem: string; key: string; expiredPem: string; otherKey: string };

/** Test certificates made with openssl at test time (lib/secrets/testdata/certificate-fixtures.ts). */
export function makeCertificates(): Certificates {
  return run<Certificates>({ op: "certificates" });
}

/** YYYY-MM-DD, `days` from today (UTC). */
export function day(days: number): string {
  return isoDay(addDays(new Date(), days));
}

/** The wizard's first step: choose a storage location and go to the credential step. */
export async function startWizard(page: Page, location: "Organization" | "Workspace" | "Personal") {
  await page.goto("/secrets/new");
  await page.getByRole("radio", { name: location, exact: true }).check();
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Credential", exact: true })).toBeVisible();
}

/** From the credential step: review, then register; returns to the success screen. */
export async function reviewAndRegister(page: Page) {
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Review", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Register secret", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Secret registered" })).toBeVisible();
}

/** On a secret's page: the row of one environment in the Values table. */
export function valueRow(page: Page, environment: "Development" | "Staging" | "Production") {
  return page
    .getByRole("region", { name: "Values", exact: true })
    .getByRole("row", { name: new RegExp(`^${environment}`) });
}
