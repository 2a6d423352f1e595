// `npm test`: lint (ESLint with the architecture rules, then tsc), unit, integration (SQLite, and
// PostgreSQL when TEST_POSTGRES_URL is set), then end-to-end tests, in that order; stops at the
// first failure and prints what ran.
import { spawnSync } from "node:child_process";
import { loadProjectEnv, root } from "./project-env.mjs";

const env = loadProjectEnv();
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const suites = [
  ["lint", "lint"],
  ["unit", "test:unit"],
  ["integration", "test:integration"],
  ["end-to-end", "test:e2e"],
];

const results = [];
const passed = new Set();
let failed = false;
for (const [name, script] of suites) {
  if (failed) {
    results.push(`  -  ${name}: not run (an earlier suite failed)`);
    continue;
  }
  console.log(`\n━━━ ${name} tests (npm run ${script}) ━━━\n`);
  const started = Date.now();
  const r = spawnSync(npm, ["run", script], { stdio: "inherit", cwd: root, env });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  failed = r.status !== 0;
  if (!failed) passed.add(name);
  results.push(
    `  ${failed ? "✘" : "✔"}  ${name}: ${failed ? `FAILED (exit ${r.status ?? r.signal})` : "passed"} in ${seconds} s`,
  );
}

console.log("\n━━━ Summary ━━━");
for (const line of results) console.log(line);
if (!env.TEST_POSTGRES_URL) {
  console.log("  PostgreSQL: NOT tested — TEST_POSTGRES_URL is not set, so the integration suite ran on SQLite only.");
} else if (passed.has("integration")) {
  console.log("  PostgreSQL: the integration suite passed on SQLite and on TEST_POSTGRES_URL.");
}
process.exit(failed ? 1 : 0);
