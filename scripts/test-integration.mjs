// Runs the integration suite (tests/integration) against a fresh SQLite database and, when
// TEST_POSTGRES_URL is set, again against a fresh PostgreSQL database created on that server.
// With TEST_POSTGRES_URL set, an unreachable server is a failure, not a skip.
import { spawnSync } from "node:child_process";
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { loadProjectEnv, root } from "./project-env.mjs";

const env = loadProjectEnv();
const extra = process.argv.slice(2);
const stamp = `${Date.now()}_${process.pid}`;
const baseEnv = {
  ...env,
  NODE_ENV: "test",
  STRONGROOM_MASTER_KEYS: `it1:${randomBytes(32).toString("base64")},it2:${randomBytes(32).toString("base64")}`,
  STRONGROOM_MASTER_KEY_FILE: "",
  NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
  // Audit checkpoints are signed in the tests as in production; no export file unless a test sets one.
  STRONGROOM_AUDIT_SIGNING_KEY: generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }),
  STRONGROOM_AUDIT_SIGNING_KEY_FILE: "",
  STRONGROOM_AUDIT_CHECKPOINT_FILE: "",
};

function run(cmd, args, runEnv) {
  const r = spawnSync(cmd, args, { stdio: "inherit", cwd: root, env: runEnv });
  return r.status ?? 1;
}

function suite(label, databaseUrl) {
  console.log(`\n=== Integration suite on ${label} ===`);
  const runEnv = { ...baseEnv, DATABASE_URL: databaseUrl, STRONGROOM_TEST_DATABASE: label };
  if (run("node", ["scripts/prisma.mjs", "migrate", "deploy"], runEnv) !== 0) return 1;
  return run(path.join(root, "node_modules/.bin/vitest"), ["run", "--project", "integration", ...extra], runEnv);
}

const results = [];

const sqliteDir = path.join(root, "data/test");
mkdirSync(sqliteDir, { recursive: true });
const sqliteFile = path.join(sqliteDir, `it-${stamp}.db`);
const sqliteStatus = suite("SQLite", `file:${sqliteFile}`);
rmSync(sqliteFile, { force: true });
results.push(["SQLite", sqliteStatus === 0 ? "passed" : "FAILED"]);

const adminUrl = env.TEST_POSTGRES_URL;
let pgStatus = 0;
if (adminUrl) {
  const dbName = `strongroom_it_${stamp}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
  } catch (e) {
    console.error(`\nTEST_POSTGRES_URL is set but PostgreSQL is unreachable (${e.code ?? e.message}): failing.`);
    process.exit(1);
  }
  await admin.query(`CREATE DATABASE "${dbName}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  try {
    pgStatus = suite("PostgreSQL", url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await admin.end();
  }
  results.push(["PostgreSQL", pgStatus === 0 ? "passed" : "FAILED"]);
} else {
  results.push([
    "PostgreSQL",
    "NOT RUN — set TEST_POSTGRES_URL (e.g. postgresql://postgres@127.0.0.1:5432/postgres) to run it",
  ]);
}

console.log("\nIntegration suite:");
for (const [db, outcome] of results) console.log(`  ${db}: ${outcome}`);
process.exit(sqliteStatus || pgStatus);
