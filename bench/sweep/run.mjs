// Benchmark of one lifecycle sweep over N secrets (default 1,000,000), 1% of them due.
//   npm run bench:sweep                      # SQLite (a throwaway file in data/bench/)
//   npm run bench:sweep -- --postgres        # PostgreSQL (BENCH_POSTGRES_URL or TEST_POSTGRES_URL; a throwaway database)
//   npm run bench:sweep -- --secrets 100000
//   --keep leaves the database for inspection (BENCH_SEED_ONLY=1: seed without sweeping)
// Creates a fresh database, applies the migrations, seeds with raw SQL and times the sweep.
import { runOnFreshDatabase } from "../support/fresh-database.mjs";

const args = process.argv.slice(2);
const secrets = Number(args[args.indexOf("--secrets") + 1]) || 1_000_000;
const script = "bench/sweep/sweep.bench.mts";
process.exit(await runOnFreshDatabase({ name: "sweep", script, args, extraEnv: { BENCH_SECRETS: String(secrets) } }));
