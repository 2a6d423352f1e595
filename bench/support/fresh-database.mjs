// A throwaway database for one benchmark run: a SQLite file in data/bench/, or with `--postgres`
// a database created on BENCH_POSTGRES_URL (or TEST_POSTGRES_URL). The migrations are applied,
// then `script` runs under tsx with DATABASE_URL and a fresh master key; `--keep` leaves the
// database for inspection. Resolves to the script's exit status.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { loadProjectEnv, root } from "../../scripts/project-env.mjs";

/** @param {{ name: string, script: string, args: string[], extraEnv?: Record<string, string> }} bench */
export async function runOnFreshDatabase({ name, script, args, extraEnv = {} }) {
  const env = loadProjectEnv();
  const stamp = `${Date.now()}_${process.pid}`;
  const keep = args.includes("--keep");
  const run = (databaseUrl) => {
    const runEnv = {
      ...env,
      DATABASE_URL: databaseUrl,
      NODE_ENV: "production",
      STRONGROOM_MASTER_KEYS: `b1:${randomBytes(32).toString("base64")}`,
      STRONGROOM_MASTER_KEY_FILE: "",
      ...extraEnv,
    };
    const quiet = { cwd: root, env: runEnv, stdio: ["ignore", "ignore", "inherit"] };
    const migrate = spawnSync("node", ["scripts/prisma.mjs", "migrate", "deploy"], quiet);
    if (migrate.status !== 0) return migrate.status ?? 1;
    const tsx = path.join(root, "node_modules/.bin/tsx");
    const options = { cwd: root, env: runEnv, stdio: "inherit" };
    return spawnSync(tsx, ["--conditions=react-server", script], options).status ?? 1;
  };

  if (args.includes("--postgres")) {
    const adminUrl = env.BENCH_POSTGRES_URL ?? env.TEST_POSTGRES_URL;
    if (!adminUrl) {
      console.error(
        "Set BENCH_POSTGRES_URL (or TEST_POSTGRES_URL), e.g. postgresql://postgres@127.0.0.1:5432/postgres",
      );
      return 2;
    }
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    const dbName = `strongroom_bench_${stamp}`;
    await admin.query(`CREATE DATABASE "${dbName}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${dbName}`;
    try {
      return run(url.toString());
    } finally {
      if (keep) console.log(`kept ${url}`);
      else await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
      await admin.end();
    }
  }
  const dir = path.join(root, "data/bench");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}-${stamp}.db`);
  try {
    return run(`file:${file}`);
  } finally {
    if (keep) console.log(`kept ${file}`);
    else for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  }
}
