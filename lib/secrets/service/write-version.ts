import "server-only";
import type { Prisma, Tx } from "../../db/index.ts";
import type { EncryptedRowData } from "../values.ts";
import { staleVersionError } from "./errors.ts";
import { insertValueRows } from "./value-rows.ts";

/**
 * Moves a secret from `expectedVersion` to `expectedVersion + 1` (compare-and-set), applying
 * `changes` and storing the new value rows (already encrypted for the new version).
 * Exactly one of several concurrent writers based on the same version wins; the others get a
 * conflict and nothing of theirs is written.
 */
export async function writeNewVersion(
  tx: Tx,
  secret: { id: string; name: string },
  expectedVersion: number,
  changes: Prisma.SecretUpdateManyMutationInput,
  values: EncryptedRowData[],
  createdById: string | null,
): Promise<number> {
  const next = expectedVersion + 1;
  const { count } = await tx.secret.updateMany({
    where: { id: secret.id, version: expectedVersion, status: { not: "DELETED" } },
    data: { ...changes, version: next },
  });
  if (count !== 1) throw staleVersionError(secret.name);
  if (values.some((row) => row.version !== next)) throw new Error("value encrypted for the wrong version");
  await insertValueRows(
    tx,
    values.map((row) => ({ ...row, secretId: secret.id, createdById })),
  );
  return next;
}
