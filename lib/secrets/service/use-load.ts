// What a use of a secret reads, in one statement on the raw driver (lib/db/driver.ts): the
// access facts (with the Spots of a secret restricted to them), lifecycle fields, the newest
// value row in one environment and the environment's head (the version that must be current,
// value-rows.ts). This is the read of
// the resolve hot path (and of Quick Command runs), so it skips Prisma's per-query cost.
// The access decision is not made here: callers pass the rows to lib/authz.
import "server-only";
import { asDate, type SqlValue } from "../../db/driver.ts";
import { db, driverOf } from "../../db/index.ts";
import type { StoredRow } from "../values.ts";

export type UseValue = StoredRow & { version: number; environment: { orgId: string; name: string } };

/** A secret loaded for a use (`values`: the environment's current value, if any). */
export type UseRow = {
  id: string;
  orgId: string;
  scope: string;
  ownerId: string | null;
  workspaceId: string | null;
  workspaceName: string | null;
  availability: string | null;
  name: string;
  status: string;
  version: number;
  type: string;
  metadata: string;
  expiresAt: Date | null;
  deletionDueAt: Date | null;
  lastUsedAt: Date | null;
  spots: { spotId: string }[];
  /** The newest value row of the environment (none: no row). */
  values: UseValue[];
  /** The version the environment's head points to (null: no head); a use requires values[0] to be it. */
  currentVersion: number | null;
};

type Converted = "spots" | "values" | "currentVersion" | "version" | "expiresAt" | "deletionDueAt" | "lastUsedAt";
type RawRow = Omit<UseRow, Converted> & {
  version: number | bigint;
  expiresAt: unknown;
  deletionDueAt: unknown;
  lastUsedAt: unknown;
  hVersion: number | bigint | null;
  vVersion: number | bigint | null;
  vFormat: number | bigint | null;
  vCiphertext: Uint8Array | null;
  vNonce: Uint8Array | null;
  vTag: Uint8Array | null;
  vWrappedKey: Uint8Array | null;
  vMasterKeyId: string | null;
  eOrgId: string | null;
  eName: string | null;
  spotId: string | null;
};

// The newest value of the environment through a correlated subquery, which both databases plan
// as an index lookup on (secretId, environmentId, version), and the head by its primary key.
// The newest row rather than the head's: a row added behind the app's back is then seen (and
// refused). A secret restricted to Spots comes as one row per Spot (the only case that needs
// them), so the access facts are one state.
const select = (
  secrets: string,
) => `SELECT s."id", s."orgId", s."scope", s."ownerId", s."workspaceId", w."name" AS "workspaceName",
  s."availability", s."name", s."status", s."version", s."type", s."metadata", s."expiresAt", s."deletionDueAt",
  s."lastUsedAt", h."version" AS "hVersion", v."version" AS "vVersion", v."format" AS "vFormat",
  v."ciphertext" AS "vCiphertext", v."nonce" AS "vNonce", v."tag" AS "vTag", v."wrappedKey" AS "vWrappedKey", v."masterKeyId" AS "vMasterKeyId",
  e."orgId" AS "eOrgId", e."name" AS "eName", sp."spotId" AS "spotId"
FROM ${secrets} s
LEFT JOIN "Workspace" w ON w."id" = s."workspaceId"
LEFT JOIN "SecretValueHead" h ON h."secretId" = s."id" AND h."environmentId" = ?
LEFT JOIN "SecretValueVersion" v ON v."id" = (
  SELECT x."id" FROM "SecretValueVersion" x
  WHERE x."secretId" = s."id" AND x."environmentId" = ? ORDER BY x."version" DESC LIMIT 1)
LEFT JOIN "Environment" e ON e."id" = v."environmentId"
LEFT JOIN "SecretSpot" sp ON s."availability" = 'SPOTS' AND sp."secretId" = s."id"`;

const BY_ID = `${select(`"Secret"`)} WHERE s."id" = ?`;
// liveName is null once a secret is deleted, so deleted secrets never match; the condition on
// "name" lets both databases find the rows through the (orgId, name) index. The limit applies
// to secrets, not to their rows per Spot.
const BY_NAME = select(`(SELECT * FROM "Secret" WHERE "orgId" = ? AND "name" = ? AND "liveName" = ? LIMIT 10)`);

/** The secret `secretId` loaded for a use in `environmentId` (null: no such secret). */
export async function loadForUseById(secretId: string, environmentId: string): Promise<UseRow | null> {
  const [row] = await load(BY_ID, [environmentId, environmentId, secretId]);
  return row ?? null;
}

/** The live secrets named `name` in the organization (every scope; at most 10), for a use. */
export function loadForUseByName(orgId: string, name: string, environmentId: string): Promise<UseRow[]> {
  return load(BY_NAME, [orgId, name, name, environmentId, environmentId]);
}

async function load(text: string, params: SqlValue[]): Promise<UseRow[]> {
  const secrets = new Map<string, UseRow>();
  for (const r of await driverOf(db).queryOne<RawRow>(text, params)) {
    const secret = secrets.get(r.id) ?? toUseRow(r);
    secrets.set(r.id, secret);
    if (r.spotId) secret.spots.push({ spotId: r.spotId });
  }
  return [...secrets.values()];
}

function toUseRow(r: RawRow): UseRow {
  const value: UseValue | null =
    r.vVersion == null
      ? null
      : {
          version: Number(r.vVersion),
          format: Number(r.vFormat),
          ciphertext: r.vCiphertext,
          nonce: r.vNonce,
          tag: r.vTag,
          wrappedKey: r.vWrappedKey,
          masterKeyId: r.vMasterKeyId,
          environment: { orgId: r.eOrgId ?? "", name: r.eName ?? "" },
        };
  return {
    id: r.id,
    orgId: r.orgId,
    scope: r.scope,
    ownerId: r.ownerId,
    workspaceId: r.workspaceId,
    workspaceName: r.workspaceName,
    availability: r.availability,
    name: r.name,
    status: r.status,
    version: Number(r.version),
    type: r.type,
    metadata: r.metadata,
    expiresAt: asDate(r.expiresAt),
    deletionDueAt: asDate(r.deletionDueAt),
    lastUsedAt: asDate(r.lastUsedAt),
    spots: [],
    values: value ? [value] : [],
    currentVersion: r.hVersion == null ? null : Number(r.hVersion),
  };
}
