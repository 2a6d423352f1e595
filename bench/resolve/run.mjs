// `npm run bench:resolve [-- --duration 10 --connections 32 --db sqlite,postgres --no-lean]`
// The resolve endpoint of the production build (`next build`, then `next start`) beside a bare
// node:http server, each driven by autocannon with the same connections and duration, on
// SQLite and on PostgreSQL (STRONGROOM_BENCH_POSTGRES_URL or TEST_POSTGRES_URL: a server where
// it may create a throwaway database). Also measures the lean resolver process
// (`npm run resolver`, scripts/resolver.ts) that serves the same handler without Next.js.
// Prints req/s, p50/p99, the ratio to bare, the server's CPU time per request, and where a use's
// time goes (breakdown.ts: each step of the resolve path measured in-process).
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { loadProjectEnv, root } from "../../scripts/project-env.mjs";
import { spawnSync } from "node:child_process";
import { bin, buildApp, newMasterKey, newSecret } from "../../scripts/app-steps.mjs";
import { printBreakdown, printTable } from "./report.mjs";
import { startProcess } from "./processes.mjs";

const { values: opts } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "32" },
    db: { type: "string", default: "sqlite,postgres" },
    lean: { type: "boolean", default: true },
    "skip-build": { type: "boolean", default: false },
  },
  allowNegative: true,
});
const duration = Number(opts.duration);
const connections = Number(opts.connections);

const env = loadProjectEnv();
const appEnv = {
  ...env,
  NODE_ENV: "production",
  STRONGROOM_MASTER_KEYS: newMasterKey(),
  STRONGROOM_MASTER_KEY_FILE: "",
  NEXTAUTH_SECRET: newSecret(),
  NEXTAUTH_URL: "http://127.0.0.1",
  STRONGROOM_API_RATE_PER_TOKEN: "0",
  STRONGROOM_API_RATE_PER_IP: "0",
  STRONGROOM_SWEEP_INTERVAL_SECONDS: "0",
};
if (!opts["skip-build"]) buildApp(appEnv, { skipIfFresh: true });

async function load(url, token, body) {
  const r = await autocannon({
    url,
    connections,
    duration,
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx,
    total: r.requests.total,
  };
}

/** Runs a step; throws (so that the throwaway database is still dropped) when it fails. */
function step(label, cmd, args, stepEnv) {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { cwd: root, env: stepEnv, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  if (r.status !== 0) throw new Error(`${label} failed (exit ${r.status}):\n${r.stdout}`);
  return r.stdout;
}

async function measure(label, databaseUrl) {
  console.log(`\n=== ${label} ===`);
  step("Migrating", process.execPath, [path.join(root, "scripts/prisma.mjs"), "migrate", "deploy"], {
    ...appEnv,
    DATABASE_URL: databaseUrl,
  });
  const setupOut = step(
    "Creating the bench organization, secret and token",
    bin("tsx"),
    ["--conditions=react-server", path.join(root, "bench/resolve/setup.ts")],
    { ...appEnv, DATABASE_URL: databaseUrl },
  );
  const { token, name } = JSON.parse(setupOut.trim().split("\n").pop());
  const body = JSON.stringify({ environment: "production" });
  const srvEnv = { ...appEnv, DATABASE_URL: databaseUrl };
  const targets = [
    ["bare node:http", ["node", [path.join(root, "bench/resolve/bare-server.mjs")]], null],
    ["resolve (next start)", [bin("next"), ["start", "-H", "127.0.0.1"]], token],
    // node itself (not the tsx wrapper), so that the process measured is the server.
    ...(opts.lean
      ? [
          [
            "resolve (npm run resolver)",
            [
              process.execPath,
              ["--conditions=react-server", "--import", "tsx", path.join(root, "scripts/resolver.ts")],
            ],
            token,
          ],
        ]
      : []),
  ];
  const rows = [];
  for (const [name_, [cmd, args], tok] of targets) {
    const port = 3900 + rows.length;
    const proc = await startProcess(
      cmd,
      cmd.endsWith("next") ? [...args, "-p", String(port)] : [...args, String(port)],
      { ...srvEnv, STRONGROOM_RESOLVER_PORT: String(port) },
      port,
    );
    try {
      const url = `http://127.0.0.1:${port}/api/v1/secrets/${name}/resolve`;
      await load(url, tok, body).then(() => undefined); // warm-up run (JIT, connection pools, caches)
      const cpu0 = proc.cpuSeconds();
      const r = await load(url, tok, body);
      rows.push({ target: name_, ...r, cpuUsPerRequest: ((proc.cpuSeconds() - cpu0) * 1e6) / r.total });
    } finally {
      await proc.stop();
    }
  }
  printTable(label, rows, { connections, duration });
  const out = step(
    "Timing each step of a use in-process",
    bin("tsx"),
    ["--conditions=react-server", path.join(root, "bench/resolve/breakdown.ts"), token, name],
    srvEnv,
  );
  printBreakdown(label, JSON.parse(out.trim().split("\n").pop()).figures, rows);
}

const dbs = opts.db.split(",");
const stamp = `${Date.now()}`;
if (dbs.includes("sqlite")) {
  const dir = path.join(root, "data/bench");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `bench-${stamp}.db`);
  try {
    await measure("SQLite", `file:${file}`);
  } finally {
    for (const s of ["", "-wal", "-shm", "-journal"]) rmSync(file + s, { force: true });
  }
}
const adminUrl = env.STRONGROOM_BENCH_POSTGRES_URL || env.TEST_POSTGRES_URL;
if (dbs.includes("postgres") && !adminUrl)
  console.log("\nPostgreSQL: NOT RUN — set STRONGROOM_BENCH_POSTGRES_URL or TEST_POSTGRES_URL.");
if (dbs.includes("postgres") && adminUrl) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const dbName = `strongroom_bench_${stamp}_${randomBytes(2).toString("hex")}`;
  await admin.query(`CREATE DATABASE "${dbName}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  try {
    await measure("PostgreSQL", url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await admin.end();
  }
}
