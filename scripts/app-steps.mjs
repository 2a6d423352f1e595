// Steps shared by the scripts that prepare and serve the app (demo.mjs, test-e2e.mjs):
// running a command (exit on failure), demo key material, migrate + seed, and `next build`.
import { spawnSync } from "node:child_process";
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { root } from "./project-env.mjs";

export const bin = (name) => path.join(root, "node_modules/.bin", name);

/**
 * Runs a command in the project root with `env`; exits with its status if it fails.
 * Returns its standard output when `capture` is set (it is shown as well).
 */
export function run(label, cmd, args, env = process.env, { capture = false } = {}) {
  console.log(`\n▶ ${label}`);
  const stdio = capture ? ["inherit", "pipe", "inherit"] : "inherit";
  const result = spawnSync(cmd, args, { stdio, cwd: root, env, encoding: "utf8" });
  if (capture) process.stdout.write(result.stdout ?? "");
  if (result.status !== 0) {
    console.error(`✘ ${label} failed${result.signal ? ` (${result.signal})` : ` (exit ${result.status})`}`);
    process.exit(result.status || 1);
  }
  return result.stdout ?? "";
}

/** A master key specification as STRONGROOM_MASTER_KEYS expects it: `k1:<base64 of 32 bytes>`. */
export const newMasterKey = () => `k1:${randomBytes(32).toString("base64")}`;
export const newSecret = () => randomBytes(32).toString("base64url");
/** An Ed25519 private key (PKCS#8 PEM) as STRONGROOM_AUDIT_SIGNING_KEY(_FILE) expects it. */
export const newAuditSigningKey = () =>
  generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).trim();

/** Applies the migrations to env.DATABASE_URL and seeds the demo organization; returns the seed's report (the logins). */
export function migrateAndSeed(env, seedArgs = []) {
  run(
    "Applying database migrations",
    process.execPath,
    [path.join(root, "scripts/prisma.mjs"), "migrate", "deploy"],
    env,
  );
  const seedScript = path.join(root, "scripts/seed.ts");
  return run("Seeding the demo organization", bin("tsx"), ["--conditions=react-server", seedScript, ...seedArgs], env, {
    capture: true,
  });
}

// What a production build is made from; a build newer than all of it is up to date.
const BUILD_INPUTS = [
  "app",
  "lib",
  "components",
  "public",
  "proxy.ts",
  "middleware.ts",
  "instrumentation.ts",
  "instrumentation-client.ts",
  "next.config.mjs",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const stat = statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file shows as a newer directory
  for (const entry of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

export function buildIsFresh() {
  const buildId = path.join(root, ".next/BUILD_ID");
  if (!existsSync(buildId)) return false;
  const built = statSync(buildId).mtimeMs;
  return BUILD_INPUTS.every((input) => newestMtime(path.join(root, input)) < built);
}

/** `next build` (it needs no database and no runtime secrets). */
export function buildApp(env, { skipIfFresh = false } = {}) {
  if (skipIfFresh && buildIsFresh()) {
    console.log(
      "\n▶ Production build is up to date (.next/BUILD_ID is newer than the sources): skipping `next build`.",
    );
    return;
  }
  run("Building the portal (next build)", bin("next"), ["build"], env);
}
