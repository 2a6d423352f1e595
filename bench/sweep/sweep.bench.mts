// Run through bench/sweep/run.mjs (fresh database). Seeds, then times one sweep and a second,
// idle one, and prints the rows each touched.
import { databaseUrl } from "../../lib/env/database-url.ts";
import { sqlitePath } from "../../scripts/project-env.mjs";
import { seedPostgres, seedSqlite } from "./seed.ts";

const n = Number(process.env.BENCH_SECRETS ?? 1_000_000);
const url = databaseUrl();
const kind = url.startsWith("file:") ? "SQLite" : "PostgreSQL";
const { db } = await import("../../lib/db/index.ts");
const { createTestOrganization } = await import("../../lib/seed/test-organization.ts");
const { runSweep } = await import("../../lib/lifecycle/sweep.ts");

const org = await createTestOrganization(db, { prefix: "bench" });
const now = Date.now();
let t = performance.now();
if (kind === "SQLite") seedSqlite(sqlitePath(url), org.orgId, n, now);
else await seedPostgres(url, org.orgId, n, now);
console.log(
  `${kind}: seeded ${n.toLocaleString("en")} secrets (${(n / 100).toLocaleString("en")} due) in ${((performance.now() - t) / 1000).toFixed(1)} s`,
);
// Reminders are sent for day-marks passed since the previous sweep: say it ran two hours ago.
await db.lifecycleSweepState.create({ data: { id: "sweep", lastRunAt: new Date(now - 2 * 3_600_000) } });

if (process.env.BENCH_SEED_ONLY) process.exit(0);
for (const label of ["sweep", "idle sweep (nothing due)"]) {
  t = performance.now();
  const cpu = process.cpuUsage();
  const r = await runSweep({ now: new Date(now + 1000) });
  const seconds = (performance.now() - t) / 1000;
  const used = process.cpuUsage(cpu);
  // On SQLite the database runs in this process: its CPU time is what the sweep costs on an idle machine.
  const cpuSeconds = (used.user + used.system) / 1e6;
  const secretsTouched = r.inactivated + r.expired + r.deleted + r.restored + r.purged;
  console.log(
    `${kind}: ${label}: ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU in this process — secrets touched ${secretsTouched.toLocaleString("en")} ` +
      `(inactivated ${r.inactivated}, expired ${r.expired}, deleted ${r.deleted}, restored ${r.restored}, purged ${r.purged}), ` +
      `reminders ${r.deletionReminders + r.expiryReminders} (to 2 managers each); phases ${JSON.stringify(r.phaseMs)}`,
  );
}
await db.$disconnect();
