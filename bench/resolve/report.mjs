// The bench's tables: per target req/s, p50/p99 latency (ms), errors, ratio to bare, and the
// server's CPU time per request; then where a use's time goes (breakdown.ts).
import { cpus, loadavg } from "node:os";

export function printTable(label, rows, { connections, duration }) {
  const bare = rows[0];
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
  console.log(
    `\n${label}: ${connections} connections, ${duration} s each (autocannon); ${cpus().length} CPUs, load average ${load}`,
  );
  console.log(
    "target                      req/s  p50 ms  p99 ms  non-2xx/err  ratio  CPU µs/req  target met (ratio ≥ 0.5, p99 < 15 ms)",
  );
  for (const r of rows) {
    const ratio = r.rps / bare.rps;
    const met = r === bare ? "" : ratio >= 0.5 && r.p99 < 15 ? "yes" : "no";
    console.log(
      `${r.target.padEnd(24)}  ${r.rps.toFixed(0).padStart(7)}  ${String(r.p50).padStart(6)}  ${String(r.p99).padStart(6)}  ${String(r.errors).padStart(11)}  ${ratio.toFixed(2).padStart(5)}  ${r.cpuUsPerRequest.toFixed(0).padStart(10)}  ${met}`,
    );
  }
}

/**
 * Each step's cost, and the floor they set. A step's wall time counts its waits for the
 * database (PostgreSQL) and its CPU time counts V8's background threads as well (SQLite's
 * synchronous steps), so the smaller of the two is taken as its cost to the serving thread.
 * A server doing nothing but the bare server's HTTP handling and these steps could answer at
 * most bare / (bare + steps) as many requests per second on one core as the bare server.
 */
export function printBreakdown(label, figures, rows) {
  const bare = rows[0];
  console.log(`\n${label}: where a use's time goes (in-process, no HTTP)`);
  console.log("step                                                                      wall µs/op  CPU µs/op");
  for (const f of figures)
    console.log(`${f.step.padEnd(72)}  ${f.wallUs.toFixed(1).padStart(10)}  ${f.cpuUs.toFixed(1).padStart(9)}`);
  const steps = figures.slice(0, 3).reduce((sum, f) => sum + Math.min(f.wallUs, f.cpuUs), 0);
  const floor = steps + bare.cpuUsPerRequest;
  console.log(
    `floor: bare HTTP ${bare.cpuUsPerRequest.toFixed(0)} µs + read, decrypt and commit ${steps.toFixed(0)} µs = ${floor.toFixed(0)} µs per use` +
      ` → ratio at most ${(bare.cpuUsPerRequest / floor).toFixed(2)} on one core`,
  );
}
