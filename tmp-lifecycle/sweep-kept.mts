import { db } from "/work/main/lib/db/index.ts";
import { runSweep } from "/work/main/lib/lifecycle/sweep.ts";
if (process.env.CACHE) await db.$queryRawUnsafe(`PRAGMA cache_size = ${process.env.CACHE}`);
await db.lifecycleSweepState.upsert({ where: { id: "sweep" }, create: { id: "sweep", lastRunAt: new Date(Date.now() - 3 * 3600e3) }, update: { lastRunAt: new Date(Date.now() - 3 * 3600e3) } });
const cpu = process.cpuUsage(); const t = performance.now();
const r = await runSweep({ batchSize: Number(process.env.BS ?? 500) });
const u = process.cpuUsage(cpu);
console.log(JSON.stringify({ wall: Math.round(performance.now() - t), cpu: Math.round((u.user + u.system) / 1000), ...r }));
