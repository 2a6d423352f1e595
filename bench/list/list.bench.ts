// `npm run bench:list`: the Secrets Manager list with 100,000 secrets on SQLite. Seeds a fresh
// database (raw inserts), then times listSecrets — filtering, sorting, counting and paging in
// the database, as the page does — for typical queries, and prints p50/p95 per query.
// BENCH_SECRETS=20000 for a smaller run; BENCH_RUNS=30 for more samples.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const file = path.join(root, "data/bench", `list-${Date.now()}.db`);
const COUNT = Number(process.env.BENCH_SECRETS || 100_000);
const RUNS = Number(process.env.BENCH_RUNS || 20);

async function main() {
  mkdirSync(path.dirname(file), { recursive: true });
  process.env.DATABASE_URL = `file:${file}`;
  process.env.STRONGROOM_MASTER_KEYS ||= `bench:${Buffer.alloc(32, 7).toString("base64")}`;
  const migrated = spawnSync("node", ["scripts/prisma.mjs", "migrate", "deploy"], {
    cwd: root,
    env: process.env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (migrated.status !== 0) process.exit(1);

  const { db } = await import("../../lib/db/index.ts");
  const { requireUserActor } = await import("../../lib/authz/index.ts");
  const { createTestOrganization } = await import("../../lib/seed/test-organization.ts");
  const { listSecrets } = await import("../../lib/secrets/index.ts");
  const { parseSecretListQuery } = await import("../../lib/secrets/list-query.ts");
  const { seedSecrets } = await import("./seed-secrets.ts");

  try {
    const org = await createTestOrganization(db, { prefix: "bench" });
    let t = performance.now();
    seedSecrets(file, org, COUNT);
    console.log(`Seeded ${COUNT.toLocaleString("en-US")} secrets in ${Math.round(performance.now() - t)} ms (${file})`);
    const holder = await requireUserActor(org.users.holder, org.orgId);
    const member = await requireUserActor(org.users.member1, org.orgId);
    const cases: [string, typeof holder, Record<string, string>][] = [
      ["holder: default (name asc, page 1)", holder, {}],
      ["holder: newest first", holder, { sort: "createdAt", dir: "desc" }],
      ["holder: by expiration date", holder, { sort: "expiresAt" }],
      ["holder: by availability", holder, { sort: "availability" }],
      ["holder: by status desc", holder, { sort: "status", dir: "desc" }],
      ["holder: by credential type", holder, { sort: "type" }],
      ["holder: search 'api_key_1'", holder, { q: "api_key_1" }],
      ["holder: type API Key + Active", holder, { type: "API_KEY", status: "ACTIVE" }],
      ["holder: Expired", holder, { status: "EXPIRED" }],
      ["holder: Organization tab, 100 rows", holder, { scope: "ORGANIZATION", pageSize: "100" }],
      ["holder: page 2,000 (offset 49,975)", holder, { page: "2000" }],
      ["member: default", member, {}],
      ["member: Personal tab", member, { scope: "PERSONAL" }],
      ["member: search 'basic'", member, { q: "basic" }],
    ];
    console.log(
      `\n${"query".padEnd(40)} ${"rows".padStart(7)} ${"total".padStart(8)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)}`,
    );
    for (const [label, actor, params] of cases) {
      const q = parseSecretListQuery(params);
      const times: number[] = [];
      let result = await listSecrets(actor, q); // warm-up
      for (let i = 0; i < RUNS; i++) {
        t = performance.now();
        result = await listSecrets(actor, q);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1);
      console.log(
        `${label.padEnd(40)} ${String(result.rows.length).padStart(7)} ${result.total.toLocaleString("en-US").padStart(8)} ${pct(0.5).padStart(8)} ${pct(0.95).padStart(8)}`,
      );
    }
  } finally {
    await db.$disconnect();
    if (!process.env.BENCH_KEEP) for (const s of ["", "-wal", "-shm", "-journal"]) rmSync(file + s, { force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
