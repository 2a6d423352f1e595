// Where a use's time goes, measured in-process on the bench database (DATABASE_URL): each
// step of the resolve path on its own, then the whole handler without HTTP. Prints one JSON
// line: per step, wall µs per operation and CPU µs per operation (this process's user+system
// time). `tsx --conditions=react-server bench/resolve/breakdown.ts <token> <secret name>`.
import { db, databaseKind } from "../../lib/db/index.ts";
import { POST as resolve } from "../../app/api/v1/secrets/[name]/resolve/route.ts";
import type { ApiRequest } from "../../lib/api/exchange.ts";
import { loadForUseByName } from "../../lib/secrets/index.ts";
import { decryptPayload } from "../../lib/secrets/values.ts";
import { commitUse } from "../../lib/secrets/service/use-commit.ts";

const [token, name] = process.argv.slice(2) as [string, string];
const IN_FLIGHT = 32;

type Figure = { step: string; n: number; wallUs: number; cpuUs: number };

/** Runs `op` n times, `inFlight` at a time; wall and CPU time per operation. */
async function time(step: string, n: number, inFlight: number, op: () => Promise<unknown>): Promise<Figure> {
  for (let i = 0; i < Math.min(n, 500); i++) await op(); // warm-up (JIT, statement caches)
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  let next = 0;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next++ < n) await op();
    }),
  );
  const wall = Number(process.hrtime.bigint() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return { step, n, wallUs: wall / n, cpuUs: (cpu.user + cpu.system) / n };
}

function apiRequest(): ApiRequest {
  const headers: Record<string, string> = {
    authorization: `Bearer ${token}`,
    "content-type": "application/json",
    "user-agent": "bench",
  };
  return {
    method: "POST",
    path: `/api/v1/secrets/${name}/resolve`,
    query: new URLSearchParams(),
    header: (h) => headers[h] ?? null,
    json: async () => ({ environment: "production" }),
  };
}

async function main() {
  const secret = await db.secret.findFirstOrThrow({ where: { name }, select: { id: true, orgId: true } });
  const environment = await db.environment.findFirstOrThrow({
    where: { orgId: secret.orgId, slug: "production" },
    select: { id: true },
  });
  const [row] = await loadForUseByName(secret.orgId, name, environment.id);
  const value = row!.values[0]!;
  const ctx = { orgId: secret.orgId, secretId: secret.id, version: value.version, environmentId: environment.id };
  const audit = {
    orgId: secret.orgId,
    actor: { type: "TOKEN" as const, tokenId: "bench", label: "token bench (sr_bench)" },
    action: "secret.use",
    outcome: "SUCCESS" as const,
    secret: { id: secret.id, name },
    environmentId: environment.id,
    detail: { version: value.version, reactivated: false },
    request: { ip: null, userAgent: "bench" },
  };

  const figures = [
    await time("read: the secret, its access facts and current value (one statement)", 5000, 1, () =>
      loadForUseByName(secret.orgId, name, environment.id),
    ),
    await time("decrypt: unwrap the data key, decrypt the value (AES-256-GCM ×2)", 5000, 1, () =>
      decryptPayload(value, ctx),
    ),
    await time(`commit: audit record (hash chain) in a group commit, ${IN_FLIGHT} in flight`, 10_000, IN_FLIGHT, () =>
      commitUse({ audit, mark: null }),
    ),
    await time(`whole use without HTTP: the resolve handler, ${IN_FLIGHT} in flight`, 10_000, IN_FLIGHT, async () => {
      const answer = await resolve.serve(apiRequest(), { name });
      if (answer.status !== 200) throw new Error(`resolve answered ${answer.status}`);
    }),
  ];
  process.stdout.write(JSON.stringify({ database: databaseKind(), figures }) + "\n");
  await db.$disconnect();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
