// The cost of making Delete now durable (delete-now.ts flushShreds), in-process on the bench
// database (DATABASE_URL). For N secrets with two value versions each: Delete now end to end,
// then the same shredding transaction and the flush timed apart; on SQLite also a flush behind
// a WAL that other writes filled. Prints milliseconds (p50 / p95 / max).
// `tsx --conditions=react-server bench/shred/shred.bench.ts` (run.mjs makes the database).
import { db, databaseKind } from "../../lib/db/index.ts";
import { requireUserActor } from "../../lib/authz/index.ts";
import { deleteSecretNow, registerSecret, updateSecret } from "../../lib/secrets/index.ts";
import { destroyKeyMaterial, flushShreds } from "../../lib/secrets/service/delete-now.ts";
import { registerSecretSchema, updateSecretSchema } from "../../lib/secrets/secret-form-schema.ts";
import { createTestOrganization } from "../../lib/seed/test-organization.ts";

const N = Number(process.env.BENCH_SECRETS ?? 200);

function stats(label: string, ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!.toFixed(2);
  const max = s.at(-1)!.toFixed(2);
  console.log(
    `${label.padEnd(48)} p50 ${at(0.5).padStart(7)}  p95 ${at(0.95).padStart(7)}  max ${max.padStart(7)}  (n=${s.length})`,
  );
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

async function main() {
  const org = await createTestOrganization(db, { prefix: "shred" });
  const holder = await requireUserActor(org.users.holder, org.orgId);
  const prod = org.environmentIds.Production!;
  const credential = (value: string) => ({ type: "API_KEY", headerName: "X-K", values: { [prod]: { value } } });
  const secrets: string[] = [];
  for (let i = 0; i < 2 * N; i++) {
    const input = {
      orgId: org.orgId,
      scope: "ORGANIZATION",
      availability: "ORGANIZATION",
      name: `shred_${i}`,
      credential: credential(`v1-${i}`),
    };
    const s = await registerSecret(holder, registerSecretSchema.parse(input));
    await updateSecret(
      holder,
      updateSecretSchema.parse({ secretId: s.id, expectedVersion: 1, credential: credential(`v2-${i}`) }),
    );
    secrets.push(s.id);
  }
  console.log(`${databaseKind()}: ${N} secrets per measure, two value versions each`);
  const whole: number[] = [];
  for (const id of secrets.slice(0, N)) whole.push(await timed(() => deleteSecretNow(holder, id)));
  stats("Delete now, end to end", whole);

  const tx: number[] = [];
  const flush: number[] = [];
  for (const id of secrets.slice(N)) {
    tx.push(await timed(() => db.$transaction((t) => destroyKeyMaterial(t, id, new Date()))));
    flush.push(await timed(flushShreds));
  }
  stats("  the shredding transaction alone", tx);
  stats("  the flush after it (checkpoint / VACUUM start)", flush);

  if (databaseKind() === "sqlite") {
    const behind: number[] = [];
    for (let r = 0; r < 10; r++) {
      // ~1,000 small commits in the WAL, as a busy portal would leave between two shreds.
      for (let i = 0; i < 1000; i++) {
        await db.secret.update({ where: { id: secrets[i % secrets.length]! }, data: { updatedAt: new Date() } });
      }
      behind.push(await timed(flushShreds));
    }
    stats("  the flush behind 1,000 other commits", behind);
  }
  await db.$disconnect();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
