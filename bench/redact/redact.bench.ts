// Redacting a 1 MiB response body (the egress size limit): building the redactor, redacting,
// and cutting a truncated end, for ~20 needles (one 24-character token) and for 20 tokens
// (every form of each: several hundred needles), on random base64 (the worst ordinary case:
// every character starts a partial match), JSON, and a body that echoes every form.
//   npx tsx bench/redact/redact.bench.ts
import { randomBytes } from "node:crypto";
import { buildRedactor, redact, redactTruncatedEnd } from "../../lib/quick-commands/redact.ts";

const MIB = 1024 * 1024;
const ROUNDS = 7;

// CPU time of this process (user + system), not wall time: on a shared machine the wall clock
// also counts the time other processes hold the cores.
function median(run: () => void): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t = process.cpuUsage();
    run();
    const used = process.cpuUsage(t);
    times.push((used.user + used.system) / 1000);
  }
  return times.sort((a, b) => a - b)[ROUNDS >> 1]!;
}

const tokens = Array.from({ length: 20 }, () => randomBytes(18).toString("base64url"));
const items = Array.from({ length: 16_000 }, (_, i) => ({
  id: i,
  name: `item ${i}`,
  note: "lorem ipsum dolor sit amet",
}));
const bodies: Record<string, string> = {
  "random base64": randomBytes((MIB * 3) / 4).toString("base64"),
  JSON: JSON.stringify(items).slice(0, MIB),
  "echoes every token": (tokens.join(" ") + randomBytes(6000).toString("base64")).repeat(200).slice(0, MIB),
};

for (const [label, secrets] of [
  ["1 token", tokens.slice(0, 1)],
  ["20 tokens", tokens],
] as const) {
  let redactor = buildRedactor(secrets);
  const build = median(() => (redactor = buildRedactor(secrets)));
  console.log(`${label}: ${redactor.needles} needles, build ${build.toFixed(1)} ms`);
  for (const [name, body] of Object.entries(bodies)) {
    const out = redact(body, redactor);
    const ms = median(() => redact(body, redactor));
    const end = median(() => redactTruncatedEnd(out, redactor));
    console.log(
      `  ${name} (${(body.length / MIB).toFixed(2)} MiB): redact ${ms.toFixed(1)} ms, truncated end ${end.toFixed(2)} ms`,
    );
  }
}
