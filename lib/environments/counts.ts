import "server-only";
import { db } from "../db/index.ts";

/** Per environment, how many live secrets have a (not destroyed) value in it. */
export async function environmentValueCounts(orgId: string): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ environmentId: string; secrets: bigint | number }[]>`
    SELECT v."environmentId" AS "environmentId", COUNT(DISTINCT v."secretId") AS "secrets"
    FROM "SecretValueVersion" v JOIN "Secret" s ON s."id" = v."secretId"
    WHERE s."orgId" = ${orgId} AND s."status" <> 'DELETED' AND v."destroyedAt" IS NULL
    GROUP BY v."environmentId"`;
  return new Map(rows.map((r) => [r.environmentId, Number(r.secrets)]));
}
