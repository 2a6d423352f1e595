// What a durable Delete now costs (bench/shred/shred.bench.ts) on a fresh database.
//   npm run bench:shred                  # SQLite (a throwaway file in data/bench/)
//   npm run bench:shred -- --postgres    # PostgreSQL (BENCH_POSTGRES_URL or TEST_POSTGRES_URL; a throwaway database)
//   npm run bench:shred -- --secrets 500
import { runOnFreshDatabase } from "../support/fresh-database.mjs";

const args = process.argv.slice(2);
const secrets = Number(args[args.indexOf("--secrets") + 1]) || 200;
const script = "bench/shred/shred.bench.ts";
process.exit(await runOnFreshDatabase({ name: "shred", script, args, extraEnv: { BENCH_SECRETS: String(secrets) } }));
