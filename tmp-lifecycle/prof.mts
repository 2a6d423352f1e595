import { db } from "/work/main/lib/db/index.ts";
import { due, claimSecrets } from "/work/main/lib/lifecycle/sweep-sql.ts";
const now = new Date(Date.now() + 1000);
for (const [name, w] of [["expiry", due.expiry(now)], ["deletion", due.deletion(now)], ["inact", due.inactivity(new Date(now.getTime() - 30*86400000), null)]] as const) {
  let t = performance.now();
  await db.$transaction(async (tx) => { const ids = await claimSecrets(tx, w, 500, now); console.log(name, ids.length, (performance.now()-t).toFixed(0), "ms"); throw new Error("rollback"); }).catch(() => {});
}
let t = performance.now();
const r = await db.secret.findMany({ where: { status: { in: ["INACTIVE", "SCHEDULED_FOR_DELETION"] }, deletionDueAt: { gt: now, lte: new Date(now.getTime() + 15*86400000) } }, select: { id: true }, orderBy: { id: "asc" }, take: 1000 });
console.log("reminder page", r.length, (performance.now()-t).toFixed(0), "ms");
const plan = await db.$queryRawUnsafe(`EXPLAIN QUERY PLAN SELECT "id" FROM "Secret" WHERE "status" IN ('ACTIVE','INACTIVE') AND "expiresAt" <= ? LIMIT 500`, now);
console.log(plan);
