// End-to-end tests: Debian's Chromium against the production build (scripts/server.mjs) on a fresh
// database. Run through `npm run test:e2e` (scripts/test-e2e.mjs), which prepares the
// database, seeds the demo organization, builds, and passes DATABASE_URL here.
import { randomBytes } from "node:crypto";
import { defineConfig } from "@playwright/test";
import { testServerEnv } from "./e2e/support/server-env.ts";

const port = Number(process.env.STRONGROOM_E2E_PORT || 3100);
const baseURL = `http://127.0.0.1:${port}`;

// Guard (as dub does): the tests create users and organizations, so they only ever run
// against a local SQLite file or a PostgreSQL server on this machine.
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  throw new Error(
    "DATABASE_URL is not set: run the end-to-end tests with `npm run test:e2e`, which prepares a fresh database.",
  );
}
if (!isLocalDatabase(databaseUrl)) {
  throw new Error(`Refusing to run end-to-end tests against a non-local database (${redact(databaseUrl)}).`);
}

// Demo-only key material for the test server; scripts/test-e2e.mjs passes its own.
process.env.STRONGROOM_E2E_MASTER_KEYS ||= `k1:${randomBytes(32).toString("base64")}`;
process.env.STRONGROOM_E2E_NEXTAUTH_SECRET ||= randomBytes(32).toString("base64url");

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  // Tests must be deterministic: no retries anywhere.
  retries: 0,
  workers: 2,
  // Generous (they only matter when something fails): on a busy 2-core machine one sign-in,
  // with the full page load after it, has taken over 10 s.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.STRONGROOM_CHROMIUM || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts$/ },
    { name: "chromium", testMatch: /\.spec\.ts$/, dependencies: ["setup"] },
    // The accessibility spec once more with the browser preferring dark: the portal follows it
    // (app/globals.css), so every screen is checked in dark mode too.
    {
      name: "chromium-dark",
      testMatch: /accessibility\.spec\.ts$/,
      dependencies: ["setup"],
      use: { colorScheme: "dark" },
    },
  ],
  webServer: {
    // The production server script (as `npm start`): it stamps the client address from the socket.
    command: `node scripts/server.mjs -H 127.0.0.1 -p ${port}`,
    url: `${baseURL}/login`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: testServerEnv(baseURL, databaseUrl),
  },
});

function isLocalDatabase(url: string): boolean {
  if (url.startsWith("file:")) return true;
  try {
    const u = new URL(url);
    if (u.protocol !== "postgres:" && u.protocol !== "postgresql:") return false;
    // No host means the local Unix socket (a `host=/path` parameter must point at a directory).
    const host = u.hostname || u.searchParams.get("host") || "";
    return ["", "localhost", "127.0.0.1", "[::1]", "::1"].includes(host) || host.startsWith("/");
  } catch {
    return false;
  }
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}
