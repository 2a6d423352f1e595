// Shared by every script: loads .env (if present) and fills the defaults that make the
// embedded SQLite setup work with no configuration. Never generates secrets: the demo
// script does that for itself (scripts/demo.mjs).
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export function loadProjectEnv() {
  const envFile = path.join(root, ".env");
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  process.env.DATABASE_URL ||= "file:./data/strongroom.db";
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  process.env.CHECKPOINT_DISABLE = "1";
  process.env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
  if (isSqliteUrl(process.env.DATABASE_URL)) {
    mkdirSync(path.dirname(sqlitePath(process.env.DATABASE_URL)), { recursive: true });
  }
  return process.env;
}

export function isSqliteUrl(url) {
  return url.startsWith("file:");
}

/** Absolute path of a `file:` URL; relative paths are resolved from the project root. */
export function sqlitePath(url) {
  const p = url.replace(/^file:/, "").split("?")[0];
  return path.isAbsolute(p) ? p : path.join(root, p);
}
