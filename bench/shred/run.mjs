// What a durable Delete now costs (bench/shred/shred.bench.ts) on a fresh database.
//   npm run bench:shred                  # SQLite (a throwaway file in data/bench/)
//   npm run bench:shred -- --postgres    # PostgreSQL (BENCH_POSTGRES_URL or TEST_POSTGRES_URL; a throwaway database)
//   npm run bench:shred -- --secrets 500
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { loadProjectEnv, root } from "../../scripts/project-env.mjs";

const env = loadProjectEnv();
const args = process.argv.slice(2);
const secrets = Number(args[args.indexOf("--secrets") + 1]) || 200;
const stamp = `${Date.now()}_${process.pid}`;

function run(databaseUrl) {
  const runEnv = {
    ...env,
    DATABASE_URL: databaseUrl,
    NODE_ENV: "production",
    STRONGROOM_MASTER_KEYS: `b1:${randomBytes(32).toString("base64")}`,
    STRONGROOM_MASTER_KEY_FILE: "",
    BENCH_SECRETS: String(secrets),
  };
  const quiet = { cwd: root, env: runEnv, stdio: ["ignore", "ignore", "inherit"] };
  const migrate = spawnSync("node", ["scripts/prisma.mjs", "migrate", "deploy"], quiet);
  if (migrate.status !== 0) return migrate.status ?? 1;
  const tsx = path.join(root, "node_modules/.bin/tsx");
  const bench = spawnSync(tsx, ["--conditions=react-server", "bench/shred/shred.bench.ts"], { cwd: root, env: runEnv, stdio: "inherit" });
  return bench.status ?? 1;
}

let status;
if (args.includes("--postgres")) {
  const adminUrl = env.BENCH_POSTGRES_URL ?? env.TEST_POSTGRES_URL;
  if (!adminUrl) {
    console.error("Set BENCH_POSTGRES_URL (or TEST_POSTGRES_URL), e.g. postgresql://postgres@127.0.0.1:5432/postgres");
    process.exit(2);
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const dbName = `strongroom_bench_${stamp}`;
  await admin.query(`CREATE DATABASE "${dbName}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  try {
    status = run(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await admin.end();
  }
} else {
  const dir = path.join(root, "data/bench");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `shred-${stamp}.db`);
  try {
    status = run(`file:${file}`);
  } finally {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  }
}
process.exit(status);
