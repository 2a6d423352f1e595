// The bench's table: req/s, p50/p99 latency (ms), errors, and each target's ratio to bare.
import { cpus, loadavg } from "node:os";

export function printTable(label, rows, { connections, duration }) {
  const bare = rows[0];
  const load = loadavg().map((l) => l.toFixed(1)).join(" ");
  console.log(`\n${label}: ${connections} connections, ${duration} s each (autocannon); ${cpus().length} CPUs, load average ${load}`);
  console.log("target                    req/s     p50 ms  p99 ms  non-2xx/err  ratio  target met (ratio ≥ 0.5, p99 < 15 ms)");
  for (const r of rows) {
    const ratio = r.rps / bare.rps;
    const met = r === bare ? "" : ratio >= 0.5 && r.p99 < 15 ? "yes" : "no";
    console.log(
      `${r.target.padEnd(24)}  ${r.rps.toFixed(0).padStart(7)}  ${String(r.p50).padStart(6)}  ${String(r.p99).padStart(6)}  ${String(r.errors).padStart(11)}  ${ratio.toFixed(2).padStart(5)}  ${met}`,
    );
  }
}
