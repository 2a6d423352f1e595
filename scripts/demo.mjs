// `npm run demo`: a working portal on a fresh machine in one command. Applies the migrations
// to the SQLite file (or DATABASE_URL), seeds the demo organization, builds, serves on
// http://localhost:${PORT:-3000} and prints the demo logins. Demo only: the generated master
// key and session secret are kept in data/ beside the database they protect.
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadProjectEnv, root } from "./project-env.mjs";
import { buildApp, migrateAndSeed, newAuditSigningKey, newMasterKey, newSecret } from "./app-steps.mjs";

const env = loadProjectEnv();
const port = Number(env.PORT || 3000);
const dataDir = path.join(root, "data");
mkdirSync(dataDir, { recursive: true, mode: 0o700 });
chmodSync(dataDir, 0o700);

/** Reads a demo secret file, creating it (owner-only) on first use. */
function demoSecretFile(name, generate) {
  const file = path.join(dataDir, name);
  if (!existsSync(file)) writeFileSync(file, `${generate()}\n`, { mode: 0o600, flag: "wx" });
  chmodSync(file, 0o600);
  return { file, value: readFileSync(file, "utf8").trim() };
}

const usesOwnMasterKey = Boolean(env.STRONGROOM_MASTER_KEYS || env.STRONGROOM_MASTER_KEY_FILE);
const usesOwnSecret = Boolean(env.NEXTAUTH_SECRET);
const usesOwnSigningKey = Boolean(env.STRONGROOM_AUDIT_SIGNING_KEY || env.STRONGROOM_AUDIT_SIGNING_KEY_FILE);
if (!usesOwnMasterKey) env.STRONGROOM_MASTER_KEY_FILE = demoSecretFile("master.key", newMasterKey).file;
if (!usesOwnSecret) env.NEXTAUTH_SECRET = demoSecretFile("nextauth.secret", newSecret).value;
if (!usesOwnSigningKey)
  env.STRONGROOM_AUDIT_SIGNING_KEY_FILE = demoSecretFile("audit-signing.key", newAuditSigningKey).file;
env.STRONGROOM_AUDIT_CHECKPOINT_FILE ||= path.join(dataDir, "audit-checkpoints.jsonl");
env.NEXTAUTH_URL ||= `http://localhost:${port}`;
if (!usesOwnMasterKey || !usesOwnSecret || !usesOwnSigningKey) warnDemoKeys();

// The seed prints the demo logins; they are repeated once the portal answers.
const seedReport = migrateAndSeed(env, ["--force-demo"]);
const logins = seedReport.split("\n").filter((line) => /^Demo logins|^\s+\S+@/.test(line));
buildApp(env, { skipIfFresh: true });
serve();

function warnDemoKeys() {
  const lines = [
    "WARNING: DEMO KEYS — NOT FOR PRODUCTION",
    "",
    "The master key that encrypts every secret (data/master.key), the",
    "session signing secret (data/nextauth.secret) and the audit signing key",
    "(data/audit-signing.key) were generated for this demo and are stored",
    "NEXT TO THE DATABASE they protect. Anyone with a copy of data/ can",
    "decrypt every secret in it and rewrite its audit log.",
    "",
    "Production must supply its own keys, kept apart from the data:",
    "  STRONGROOM_MASTER_KEYS=k1:<base64 of 32 random bytes>",
    "    (or STRONGROOM_MASTER_KEY_FILE=/path/outside/the/data)",
    "  NEXTAUTH_SECRET=<at least 32 random bytes>",
    "  STRONGROOM_AUDIT_SIGNING_KEY_FILE=<Ed25519 PKCS#8 PEM, outside the data>",
    "and must not run the demo seed (its users have a published password).",
  ];
  const width = Math.max(...lines.map((l) => l.length)) + 4;
  const bar = "!".repeat(width + 2);
  console.warn(`\n${bar}\n${lines.map((l) => `! ${l.padEnd(width - 2)} !`).join("\n")}\n${bar}\n`);
}

function serve() {
  console.log(`\n▶ Starting the portal on port ${port}`);
  const args = ["scripts/server.mjs", "-p", String(port)];
  const server = spawn(process.execPath, args, { cwd: root, env, stdio: "inherit" });
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      stopping = true;
      server.kill("SIGTERM");
    });
  }
  server.on("exit", (code, signal) => {
    if (stopping) {
      console.log("\nStrongroom demo stopped.");
      process.exit(0);
    }
    console.error(`\nThe portal exited unexpectedly (${signal ?? `exit ${code}`}).`);
    process.exit(code || 1);
  });
  waitUntilUp(`http://127.0.0.1:${port}/login`).then(() => {
    const url = env.NEXTAUTH_URL;
    console.log(`\n  Strongroom is running: ${url}\n`);
    for (const line of logins) console.log(`  ${line}`);
    console.log("\n  Press Ctrl-C to stop.\n");
  });
}

async function waitUntilUp(url) {
  for (;;) {
    try {
      const res = await fetch(url, { redirect: "manual" });
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}
