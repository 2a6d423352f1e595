import { randomUUID } from "node:crypto";
import pg from "pg";
const c = new pg.Client({ connectionString: "postgresql://postgres@127.0.0.1:5432/lc_scratch" });
await c.connect();
const COLS = ["id","chain","seq","orgId","at","actorType","actorUserId","actorTokenId","actorLabel","action","secretId","secretName","personalOwnerId","environmentId","targetType","targetId","ip","userAgent","outcome","detail","prevHash","hash"];
for (let round = 0; round < 3; round++) {
  const rows = Array.from({ length: 500 }, (_, i) => [randomUUID(), "p" + round + Date.now(), i + 1, "o1", new Date(), "SYSTEM", null, null, "x", "a", "s", "n", null, null, null, null, null, null, "SUCCESS", "{}", "0".repeat(64), "f".repeat(64)]);
  let t = performance.now();
  const per = 181;
  await c.query("BEGIN");
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    const vals = chunk.map((_, r) => "(" + COLS.map((_, k) => "$" + (r * COLS.length + k + 1)).join(",") + ")").join(",");
    await c.query(`INSERT INTO "AuditEvent" (${COLS.map((x) => `"${x}"`).join(",")}) VALUES ${vals}`, chunk.flat());
  }
  await c.query("COMMIT");
  console.log("raw pg 500", (performance.now() - t).toFixed(0), "ms");
}
await c.end();
