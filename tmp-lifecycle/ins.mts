import { randomUUID } from "node:crypto";
import { db } from "/work/main/lib/db/index.ts";
import { bulkInsert } from "/work/main/lib/db/bulk-insert.ts";
const COLS = ["id","chain","seq","orgId","at","actorType","actorUserId","actorTokenId","actorLabel","action","secretId","secretName","personalOwnerId","environmentId","targetType","targetId","ip","userAgent","outcome","detail","prevHash","hash"];
await db.organization.create({ data: { id: "o1", name: "o", slug: "o" + Date.now() } }).catch(() => {});
for (let round = 0; round < 3; round++) {
  const rows = Array.from({ length: 500 }, (_, i) => ({ id: randomUUID(), chain: "c" + round, seq: i + 1, orgId: "o1", at: new Date(), actorType: "SYSTEM", actorUserId: null, actorTokenId: null, actorLabel: "x", action: "a", secretId: "s", secretName: "n", personalOwnerId: null, environmentId: null, targetType: null, targetId: null, ip: null, userAgent: null, outcome: "SUCCESS", detail: "{}", prevHash: "0".repeat(64), hash: "f".repeat(64) }));
  let t = performance.now();
  await db.$transaction((tx) => bulkInsert(tx, "AuditEvent", COLS, rows));
  console.log("bulkInsert 500", (performance.now() - t).toFixed(0), "ms");
  t = performance.now();
  const one = await db.$queryRawUnsafe(`SELECT 1`);
  console.log("select 1", (performance.now() - t).toFixed(1), "ms");
}
await db.$disconnect();
