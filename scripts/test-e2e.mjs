// `npm run test:e2e [-- <playwright args>]`: Playwright in Debian's Chromium against the
// production build, on a fresh SQLite database per run (data/e2e/e2e-<timestamp>.db) seeded
// with the demo organization. Extra arguments go to `playwright test`.
// STRONGROOM_E2E_REUSE_BUILD=1 skips `next build` when .next is newer than the sources
// (for iterating on tests; the default always builds).
// Each run gets its own port (the first free one from 3100, unless STRONGROOM_E2E_PORT is set)
// and its own saved sessions (e2e/.auth/<run>/), so runs in other checkouts do not collide.
import { spawnSync } from "node:child_process";
import { createServer } from "node:net";
import Database from "better-sqlite3";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { loadProjectEnv, root } from "./project-env.mjs";
import { ensureChromium } from "./ensure-chromium.mjs";
import { bin, buildApp, migrateAndSeed, newMasterKey, newSecret } from "./app-steps.mjs";

const KEEP_DATABASES = 5;

const env = loadProjectEnv();
env.STRONGROOM_CHROMIUM = ensureChromium();
const runId = new Date().toISOString().replace(/\D/g, "").slice(0, 17);
const databaseFile = freshDatabasePath(runId);
env.DATABASE_URL = `file:${databaseFile}`;
env.STRONGROOM_E2E_RUN = runId;
// Key material for the test server only (playwright.config.ts hands it to scripts/server.mjs).
env.STRONGROOM_E2E_MASTER_KEYS = newMasterKey();
env.STRONGROOM_E2E_NEXTAUTH_SECRET = newSecret();
console.log(`End-to-end database: ${env.DATABASE_URL}`);

migrateAndSeed(env);
// Two processes write this database at once (the test server, and the fixtures creating
// organizations): in WAL mode their readers never block the other's writer. The setting is
// stored in the file.
const sqlite = new Database(databaseFile);
sqlite.pragma("journal_mode = WAL");
sqlite.close();
buildApp(env, { skipIfFresh: env.STRONGROOM_E2E_REUSE_BUILD === "1" });

env.STRONGROOM_E2E_PORT ||= String(await freePort(3100));
console.log(`\n▶ Running Playwright (test server on port ${env.STRONGROOM_E2E_PORT})`);
const result = spawnSync(bin("playwright"), ["test", ...process.argv.slice(2)], { stdio: "inherit", cwd: root, env });
process.exit(result.status ?? 1);

/** The run's database file; older runs' files (and saved sessions) beyond the last few are removed. */
function freshDatabasePath(run) {
  const dir = path.join(root, "data/e2e");
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const runs = readdirSync(dir)
    .map((f) => /^e2e-(\d+)\.db$/.exec(f)?.[1])
    .filter(Boolean)
    .sort()
    .reverse();
  for (const old of runs.slice(KEEP_DATABASES - 1)) {
    for (const suffix of ["", "-wal", "-shm", "-journal"])
      rmSync(path.join(dir, `e2e-${old}.db${suffix}`), { force: true });
    rmSync(path.join(root, "e2e/.auth", old), { recursive: true, force: true });
  }
  return path.join(dir, `e2e-${run}.db`);
}

/** The first port from `from` that nothing listens on. */
async function freePort(from) {
  for (let port = from; port < from + 100; port++) {
    const free = await new Promise((resolve) => {
      const probe = createServer()
        .once("error", () => resolve(false))
        .once("listening", () => probe.close(() => resolve(true)))
        .listen(port, "127.0.0.1");
    });
    if (free) return port;
  }
  throw new Error(`No free port in ${from}-${from + 99} for the test server`);
}
