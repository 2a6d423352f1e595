// Raw inserts of many secrets into a SQLite database (one transaction; ~1 s per 100,000 rows):
// a realistic mix of storage locations, types, statuses, expiration dates and Spots.
import Database from "better-sqlite3";
import { randomUUID } from "node:crypto";
import { CREDENTIAL_TYPE_IDS } from "../../lib/secrets/credential-types/define.ts";
import type { TestOrganization } from "../../lib/seed/test-organization.ts";
import { DAY_MS as DAY } from "../../lib/time/days.ts";

const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");

export function seedSecrets(file: string, org: TestOrganization, count: number, now = Date.now()): void {
  const db = new Database(file);
  const users = Object.values(org.users);
  const insert = db.prepare(
    `INSERT INTO "Secret" ("id","orgId","scope","workspaceId","ownerId","availability","type","name","liveName","scopeKey","description","metadata","status","expiresAt","deletionDueAt","version","createdById","createdAt","updatedAt","idleSince")
     VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,?,?,?,?)`,
  );
  const spot = db.prepare(`INSERT INTO "SecretSpot" ("secretId","spotId") VALUES (?,?)`);
  const spotIds = Object.values(org.spotIds);
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const r = rand();
      const scope = r < 0.6 ? "ORGANIZATION" : r < 0.8 ? "WORKSPACE" : "PERSONAL";
      const owner = users[i % users.length]!;
      const ownerId = scope === "PERSONAL" ? owner.id : null;
      const workspaceId = scope === "WORKSPACE" ? org.workspaceId : null;
      const availability = scope === "ORGANIZATION" ? (rand() < 0.2 ? "SPOTS" : "ORGANIZATION") : null;
      const type = CREDENTIAL_TYPE_IDS[i % CREDENTIAL_TYPE_IDS.length]!;
      const s = rand();
      const status = s < 0.85 ? "ACTIVE" : s < 0.93 ? "INACTIVE" : s < 0.97 ? "SCHEDULED_FOR_DELETION" : "EXPIRED";
      const expiresAt = rand() < 0.4 ? iso(now + Math.round((rand() * 400 - 40) * DAY)) : null;
      const createdAt = iso(now - Math.round(rand() * 700 * DAY));
      const name = `${type.toLowerCase()}_${i.toString(36)}_${Math.floor(rand() * 1e6)}`;
      const scopeKey =
        scope === "ORGANIZATION" ? "org" : scope === "WORKSPACE" ? `ws:${workspaceId}` : `user:${ownerId}`;
      const id = randomUUID();
      insert.run(
        id,
        org.orgId,
        scope,
        workspaceId,
        ownerId,
        availability,
        type,
        name,
        name,
        scopeKey,
        i % 5 === 0 ? `Benchmark secret ${i}` : null,
        "{}",
        status,
        expiresAt,
        status === "SCHEDULED_FOR_DELETION" ? iso(now + 20 * DAY) : null,
        owner.id,
        createdAt,
        createdAt,
        createdAt,
      );
      if (availability === "SPOTS") spot.run(id, spotIds[i % spotIds.length]!);
    }
  })();
  db.close();
}
