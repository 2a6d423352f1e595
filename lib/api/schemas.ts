// The REST API's own request and response schemas, in one place. Request bodies that the portal
// shares (registerSecretSchema, updateSecretSchema, declareUsageSchema, secretListQuerySchema)
// are imported where they are used; the OpenAPI document is generated from all of them.
import { z } from "zod";
import { idSchema as id } from "../domain/id.ts";
import { CONSUMER_KINDS, SCOPES, SECRET_STATUSES } from "../domain/constants.ts";
import { safeText } from "../domain/text.ts";
import { secretNameSchema } from "../secrets/secret-input.ts";

const envRef = z.string().min(1).max(64).describe("Environment slug (e.g. production) or id");
const when = z.iso.datetime().describe("UTC, ISO 8601");
const stringMap = z.record(z.string(), z.string());

// ── Path and query parameters ─────────────────────────────────────────────────────────────
export const secretNameParams = z.object({ name: secretNameSchema.describe("Secret name") });
export const usageIdParams = z.object({ usageId: id.describe("Usage id") });
export const workspaceQuery = z.object({
  workspace: z
    .string()
    .min(1)
    .max(128)
    .optional()
    .describe("Workspace id or name, when several workspaces have a secret of that name"),
});
export const usageSearchQuery = z.object({
  q: z.string().trim().max(200).default("").describe("Search consumers, locations and secret names"),
});

// ── Request bodies of the API's own operations ────────────────────────────────────────────
export const resolveRequestSchema = z.object({
  environment: envRef,
  consumer: z
    .object({
      kind: z.enum(CONSUMER_KINDS).default("MACHINE_CLIENT"),
      name: z.string().trim().min(1).max(200).superRefine(safeText("Consumer name")),
    })
    .optional()
    .describe("Who uses the value, for the audit log"),
});
export const copyValueRequestSchema = z.object({
  from: envRef,
  to: envRef,
  expectedVersion: z.number().int().min(1).describe("The secret's version the copy is based on (409 when stale)"),
});

// ── Responses ─────────────────────────────────────────────────────────────────────────────
export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string().describe("Stable machine-readable code, e.g. not_found, invalid_input, rate_limited"),
    message: z.string(),
    fields: z.record(z.string(), z.array(z.string())).optional().describe("Field issues (422), keyed by dotted path"),
  }),
});

export const environmentSchema = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  allowed: z.boolean().describe("Whether this token may resolve values of this environment"),
});
export const environmentListSchema = z.object({ items: z.array(environmentSchema) });

export const secretSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string().describe("Credential type, e.g. API_KEY, BEARER_TOKEN, KEY_VALUE"),
  scope: z.enum(SCOPES),
  workspace: z.string().nullable(),
  availability: z.string().nullable(),
  description: z.string().nullable(),
  status: z.enum(SECRET_STATUSES),
  createdAt: when,
  expiresAt: when.nullable(),
  lastUsedAt: when.nullable(),
  version: z.number().int(),
});
export const secretListSchema = z.object({
  items: z.array(secretSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export const secretDetailSchema = secretSummarySchema.extend({
  metadata: z.record(z.string(), z.unknown()).describe("Non-secret fields only (header name, token URL, ...)"),
  deletionDueAt: when.nullable(),
  updatedAt: when,
  environments: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      isSet: z.boolean(),
      version: z.number().int().nullable(),
      changedAt: when.nullable(),
    }),
  ),
});
export const registeredSchema = z.object({
  id: z.string(),
  name: z.string(),
  version: z.number().int(),
  environmentIds: z.array(z.string()),
});
export const versionSchema = z.object({ version: z.number().int().describe("The secret's new version") });
export const resolveResponseSchema = z.object({
  secret: z.object({ id: z.string(), name: z.string(), type: z.string() }),
  environment: z.object({ id: z.string(), name: z.string(), slug: z.string() }),
  headers: stringMap.describe("HTTP headers to inject (API Key, Bearer Token, Basic Auth)"),
  fields: stringMap.describe("Every field of the credential (Key/Value pairs under their keys)"),
});
export const usageSchema = z.object({
  id: z.string(),
  secretName: z.string(),
  consumerKind: z.string(),
  consumerName: z.string(),
  consumerUrl: z.string().nullable().describe("As declared: an http(s) URL or a path in the portal"),
  location: z.string(),
  createdAt: when,
});
export const usageListSchema = z.object({ items: z.array(usageSchema) });
export const declaredUsageSchema = z.object({ id: z.string() });
export const emptySchema = z.object({});
