// Envelope encrypt+decrypt of a 1 KiB value vs raw AES-256-GCM with one fixed key.
//   npx tsx bench/crypto/envelope.bench.ts
// Imports the modules directly, not lib/crypto/index.ts, which is server-only.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { decryptValue, encryptValue } from "../../lib/crypto/envelope.ts";
import { LocalKeyProvider } from "../../lib/crypto/local-key-provider.ts";

const WARMUP_MS = 1_000;
const ROUND_MS = 500;
const ROUNDS = 12;

const value = randomBytes(1024);
const provider = new LocalKeyProvider({ keys: new Map([["k1", randomBytes(32)]]), currentId: "k1" });
const ctx = { orgId: "org_bench", secretId: "sec_bench", version: 1, environmentId: "env_bench" };

const rawKey = randomBytes(32);
const rawAad = Buffer.from("org_bench/sec_bench/1/env_bench");

async function raw() {
  const nonce = randomBytes(12);
  const c = createCipheriv("aes-256-gcm", rawKey, nonce, { authTagLength: 16 });
  c.setAAD(rawAad);
  const ct = Buffer.concat([c.update(value), c.final()]);
  const tag = c.getAuthTag();
  const d = createDecipheriv("aes-256-gcm", rawKey, nonce, { authTagLength: 16 });
  d.setAAD(rawAad);
  d.setAuthTag(tag);
  return Buffer.concat([d.update(ct), d.final()]);
}

async function envelope() {
  return decryptValue(await encryptValue(value, ctx, provider), ctx, provider);
}

async function opsPerSecond(fn: () => Promise<Buffer>, ms: number): Promise<number> {
  let n = 0;
  const start = performance.now();
  const end = start + ms;
  while (performance.now() < end) {
    for (let i = 0; i < 100; i++) await fn();
    n += 100;
  }
  return (n * 1000) / (performance.now() - start);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

async function main() {
  if (!(await envelope()).equals(value) || !(await raw()).equals(value)) throw new Error("round trip failed");
  await opsPerSecond(raw, WARMUP_MS);
  await opsPerSecond(envelope, WARMUP_MS);
  // Short rounds, alternating sides, each pair giving one ratio: load from other processes
  // then hits both sides alike, and the median discards the rounds it did not.
  const rounds: { raw: number; envelope: number }[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const first = r % 2 === 0 ? "raw" : "envelope";
    const a = await opsPerSecond(first === "raw" ? raw : envelope, ROUND_MS);
    const b = await opsPerSecond(first === "raw" ? envelope : raw, ROUND_MS);
    rounds.push(first === "raw" ? { raw: a, envelope: b } : { raw: b, envelope: a });
  }
  const fmt = (n: number) => Math.round(n).toLocaleString("en-US").padStart(9);
  const ratios = rounds.map((r) => r.envelope / r.raw);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(
    `node ${process.version}, 1 KiB value, encrypt+decrypt, ${ROUNDS} paired rounds of ${ROUND_MS} ms (medians)`,
  );
  console.log(`raw AES-256-GCM (fixed key) ${fmt(median(rounds.map((r) => r.raw)))} ops/s`);
  console.log(`envelope (data key + wrap)  ${fmt(median(rounds.map((r) => r.envelope)))} ops/s`);
  console.log(
    `ratio envelope/raw          ${pct(median(ratios))} (range ${pct(Math.min(...ratios))}-${pct(Math.max(...ratios))}; target >= 50%)`,
  );
}

void main();
