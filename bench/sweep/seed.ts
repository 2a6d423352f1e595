// Raw-SQL seeding of the sweep benchmark: N organization secrets in one organization, 1% due
// in five equal parts (inactivity, expiry, automatic deletion, scheduled deletion, a deletion
// reminder day-mark), the other 99% Active and used yesterday.
import Database from "better-sqlite3";
import pg from "pg";
import { DAY_MS as DAY } from "../../lib/time/days.ts";

export const DUE_KINDS = ["inactivity", "expiry", "automaticDeletion", "scheduledDeletion", "reminder"] as const;
const HOUR = 3_600_000;

/** The columns of one secret i (1-based) at time `now`, as JS values. */
export function secretRow(i: number, orgId: string, now: number) {
  const at = (ms: number) => new Date(now + ms);
  const base = {
    id: `bench_${i}`,
    name: `bench_${i}`,
    status: "ACTIVE",
    idleSince: at(-DAY),
    expiresAt: null as Date | null,
    deletionDueAt: null as Date | null,
  };
  if (i % 100 !== 0) return { orgId, ...base };
  switch (DUE_KINDS[(i / 100) % 5]) {
    case "inactivity":
      return { orgId, ...base, idleSince: at(-31 * DAY) };
    case "expiry":
      return { orgId, ...base, expiresAt: at(-HOUR) };
    case "automaticDeletion":
      return { orgId, ...base, status: "INACTIVE", idleSince: at(-61 * DAY), deletionDueAt: at(-HOUR) };
    case "scheduledDeletion":
      return { orgId, ...base, status: "SCHEDULED_FOR_DELETION", deletionDueAt: at(-HOUR) };
    default:
      return { orgId, ...base, status: "INACTIVE", idleSince: at(-45 * DAY), deletionDueAt: at(15 * DAY - HOUR) };
  }
}

const sqliteTime = (d: Date | null) => (d ? d.toISOString().replace("Z", "+00:00") : null);

export function seedSqlite(file: string, orgId: string, n: number, now: number) {
  const conn = new Database(file);
  conn.pragma("journal_mode = WAL");
  const PER = 200;
  const cols = `("id","orgId","scope","availability","type","name","liveName","scopeKey","status","idleSince","expiresAt","deletionDueAt","createdAt","updatedAt")`;
  const tuple = `(?,?,'ORGANIZATION','ORGANIZATION','API_KEY',?,?,'org',?,?,?,?,?,?)`;
  const many = conn.prepare(`INSERT INTO "Secret" ${cols} VALUES ${Array(PER).fill(tuple).join(",")}`);
  const one = conn.prepare(`INSERT INTO "Secret" ${cols} VALUES ${tuple}`);
  const created = sqliteTime(new Date(now - 90 * DAY));
  const params = (i: number) => {
    const r = secretRow(i, orgId, now);
    return [
      r.id,
      r.orgId,
      r.name,
      r.name,
      r.status,
      sqliteTime(r.idleSince),
      sqliteTime(r.expiresAt),
      sqliteTime(r.deletionDueAt),
      created,
      created,
    ];
  };
  conn.transaction(() => {
    let i = 1;
    for (; i + PER - 1 <= n; i += PER) many.run(Array.from({ length: PER }, (_, k) => params(i + k)).flat());
    for (; i <= n; i++) one.run(params(i));
  })();
  conn.close();
}

export async function seedPostgres(url: string, orgId: string, n: number, now: number) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const t = (ms: number) => `($2::timestamp + interval '${ms / 1000} seconds')`;
  const kind = `((g / 100) % 5)`;
  await client.query(
    `INSERT INTO "Secret" ("id","orgId","scope","availability","type","name","liveName","scopeKey","status","idleSince","expiresAt","deletionDueAt","createdAt","updatedAt")
     SELECT 'bench_' || g, $1, 'ORGANIZATION', 'ORGANIZATION', 'API_KEY', 'bench_' || g, 'bench_' || g, 'org',
       CASE WHEN g % 100 <> 0 THEN 'ACTIVE' WHEN ${kind} IN (2, 4) THEN 'INACTIVE' WHEN ${kind} = 3 THEN 'SCHEDULED_FOR_DELETION' ELSE 'ACTIVE' END,
       CASE WHEN g % 100 <> 0 THEN ${t(-DAY)} WHEN ${kind} = 0 THEN ${t(-31 * DAY)} WHEN ${kind} = 2 THEN ${t(-61 * DAY)} WHEN ${kind} = 4 THEN ${t(-45 * DAY)} ELSE ${t(-DAY)} END,
       CASE WHEN g % 100 = 0 AND ${kind} = 1 THEN ${t(-HOUR)} END,
       CASE WHEN g % 100 <> 0 THEN NULL WHEN ${kind} IN (2, 3) THEN ${t(-HOUR)} WHEN ${kind} = 4 THEN ${t(15 * DAY - HOUR)} END,
       ${t(-90 * DAY)}, ${t(-90 * DAY)}
     FROM generate_series(1, $3::int) AS g`,
    [orgId, new Date(now).toISOString().replace("Z", ""), n],
  );
  await client.query(`ANALYZE "Secret"`);
  await client.end();
}
