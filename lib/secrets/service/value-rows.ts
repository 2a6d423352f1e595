// The one way value rows are written (register, update, rollback, copy between environments,
// import): each row is a new version of its secret's value in its environment, and the
// secret's head for that environment (SecretValueHead) moves to it in the same transaction.
// A use decrypts only the head's version (use-load.ts, resolve.ts), so a row deleted or added
// behind the app's back is refused instead of served. Everything that shows or compares the
// current value (the secret's page, its history, the copy matrix, the import plan) reads the
// head too (currentValues). Crypto-shredding (delete-now.ts) and key
// rotation (lib/crypto/rotate.ts) change rows in place and leave versions, so heads, as they are.
import "server-only";
import { randomUUID } from "node:crypto";
import { db, type Tx } from "../../db/index.ts";
import { bulkInsert } from "../../db/bulk-insert.ts";
import { asDate, type SqlRunner } from "../../db/driver.ts";
import { asSqlRunner } from "../../db/prisma-sql.ts";
import type { EncryptedRowData } from "../values.ts";
import { valueNotCurrentError } from "./errors.ts";

export type NewValueRow = EncryptedRowData & { secretId: string; createdById: string | null };

const VALUE_COLUMNS = [
  "id",
  "secretId",
  "environmentId",
  "version",
  "format",
  "ciphertext",
  "nonce",
  "tag",
  "wrappedKey",
  "masterKeyId",
  "digest",
  "createdById",
  "createdAt",
] as const;
const PER_STATEMENT = 300;

export async function insertValueRows(
  tx: Tx | SqlRunner,
  rows: readonly NewValueRow[],
  createdAt = new Date(),
): Promise<void> {
  if (rows.length === 0) return;
  const sql = asSqlRunner(tx);
  await bulkInsert(
    sql,
    "SecretValueVersion",
    VALUE_COLUMNS,
    rows.map((r) => ({ ...r, id: randomUUID(), createdAt })),
  );
  // One head per (secret, environment): the highest version written here.
  const heads = new Map<string, NewValueRow>();
  for (const r of rows) {
    const key = `${r.secretId}\u0000${r.environmentId}`;
    if ((heads.get(key)?.version ?? -1) < r.version) heads.set(key, r);
  }
  const all = [...heads.values()];
  for (let i = 0; i < all.length; i += PER_STATEMENT) {
    const chunk = all.slice(i, i + PER_STATEMENT);
    await sql.execute(
      `INSERT INTO "SecretValueHead" ("secretId", "environmentId", "version") VALUES ${chunk.map(() => "(?, ?, ?)").join(", ")}
       ON CONFLICT ("secretId", "environmentId") DO UPDATE SET "version" = excluded."version"`,
      chunk.flatMap((r) => [r.secretId, r.environmentId, r.version]),
    );
  }
}

const CHUNK = 500;

/**
 * The current value row of each of `secrets` in `environmentId`, for reads that decrypt off
 * the use path (copy between environments, export): the newest row, which must be the head's
 * version, else valueNotCurrentError (the same rule as a use, resolve.ts). Absent: no value.
 */
export async function currentValueRows(
  secrets: readonly { id: string; name: string }[],
  environmentId: string,
  tx: Tx = db,
) {
  const out = new Map<string, Awaited<ReturnType<typeof tx.secretValueVersion.findMany>>[number]>();
  for (let i = 0; i < secrets.length; i += CHUNK) {
    const chunk = secrets.slice(i, i + CHUNK);
    const ids = chunk.map((s) => s.id);
    const [heads, rows] = await Promise.all([
      tx.secretValueHead.findMany({
        where: { secretId: { in: ids }, environmentId },
        select: { secretId: true, version: true },
      }),
      tx.secretValueVersion.findMany({ where: { secretId: { in: ids }, environmentId }, orderBy: { version: "desc" } }),
    ]);
    const head = new Map(heads.map((h) => [h.secretId, h.version]));
    for (const r of rows) if (!out.has(r.secretId)) out.set(r.secretId, r);
    for (const s of chunk) {
      if ((out.get(s.id)?.version ?? null) !== (head.get(s.id) ?? null)) throw valueNotCurrentError(s.name);
    }
  }
  return out;
}

/** The current value of one (secret, environment): its head's version and that row's facts. */
export type CurrentValue = { version: number; digest: string | null; destroyed: boolean; createdAt: Date | null };
/** secretId → environmentId → current value */
export type CurrentValues = Map<string, Map<string, CurrentValue>>;

type HeadRow = {
  secretId: string;
  environmentId: string;
  version: number | bigint;
  rowId: string | null;
  digest: string | null;
  destroyedAt: unknown;
  createdAt: unknown;
};

/**
 * The current value of each (secret, environment) with a value: the version its head points to,
 * with that row's digest (a keyed hash telling whether two values are equal without decrypting
 * either). `destroyed`: its key material is gone, or the row itself is (a use refuses it).
 * Never reads ciphertext.
 */
export async function currentValues(
  secretIds: readonly string[],
  environmentIds?: readonly string[],
  tx: Tx = db,
): Promise<CurrentValues> {
  const out: CurrentValues = new Map();
  if (environmentIds?.length === 0) return out;
  const sql = asSqlRunner(tx);
  const envs = environmentIds ? ` AND h."environmentId" IN (${environmentIds.map(() => "?").join(", ")})` : "";
  for (let i = 0; i < secretIds.length; i += CHUNK) {
    const ids = secretIds.slice(i, i + CHUNK);
    const rows = await sql.query<HeadRow>(
      `SELECT h."secretId", h."environmentId", h."version",
         v."id" AS "rowId", v."digest", v."destroyedAt", v."createdAt"
       FROM "SecretValueHead" h LEFT JOIN "SecretValueVersion" v
         ON v."secretId" = h."secretId" AND v."environmentId" = h."environmentId" AND v."version" = h."version"
       WHERE h."secretId" IN (${ids.map(() => "?").join(", ")})${envs}`,
      [...ids, ...(environmentIds ?? [])],
    );
    for (const r of rows) {
      let byEnv = out.get(r.secretId);
      if (!byEnv) out.set(r.secretId, (byEnv = new Map()));
      const destroyed = r.rowId === null || r.destroyedAt !== null;
      const createdAt = asDate(r.createdAt);
      byEnv.set(r.environmentId, { version: Number(r.version), digest: r.digest, destroyed, createdAt });
    }
  }
  return out;
}
