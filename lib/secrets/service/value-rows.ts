// The one way value rows are written (register, update, rollback, copy between environments,
// import): each row is a new version of its secret's value in its environment, and the
// secret's head for that environment (SecretValueHead) moves to it in the same transaction.
// A use decrypts only the head's version (use-load.ts, resolve.ts), so a row deleted or added
// behind the app's back is refused instead of served. Crypto-shredding (delete-now.ts) and key
// rotation (lib/crypto/rotate.ts) change rows in place and leave versions, so heads, as they are.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "../../db/index.ts";
import { bulkInsert } from "../../db/bulk-insert.ts";
import type { SqlRunner } from "../../db/driver.ts";
import { asSqlRunner } from "../../db/prisma-sql.ts";
import type { EncryptedRowData } from "../values.ts";

export type NewValueRow = EncryptedRowData & { secretId: string; createdById: string | null };

const VALUE_COLUMNS = [
  "id", "secretId", "environmentId", "version", "format", "ciphertext", "nonce", "tag", "wrappedKey", "masterKeyId", "digest", "createdById", "createdAt",
] as const;
const HEAD_COLUMNS = ["secretId", "environmentId", "version"] as const;
const PER_STATEMENT = 300;

export async function insertValueRows(tx: Tx | SqlRunner, rows: readonly NewValueRow[], createdAt = new Date()): Promise<void> {
  if (rows.length === 0) return;
  const sql = asSqlRunner(tx);
  await bulkInsert(sql, "SecretValueVersion", VALUE_COLUMNS, rows.map((r) => ({ ...r, id: randomUUID(), createdAt })));
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
      `INSERT INTO "SecretValueHead" (${HEAD_COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES ${chunk.map(() => "(?, ?, ?)").join(", ")}
       ON CONFLICT ("secretId", "environmentId") DO UPDATE SET "version" = excluded."version"`,
      chunk.flatMap((r) => [r.secretId, r.environmentId, r.version]),
    );
  }
}
