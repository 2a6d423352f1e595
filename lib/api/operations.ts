// Every /api/v1 operation, described once for the OpenAPI document and the docs page. A test
// checks that this list and the route files under app/api/v1 match exactly.
import { z } from "zod";
import type { ApiTokenPermission } from "../domain/constants.ts";
import { secretListQuerySchema } from "../secrets/list-query.ts";
import { registerSecretSchema, updateSecretSchema } from "../secrets/secret-form-schema.ts";
import { declareUsageSchema } from "../usage/schema.ts";
import * as s from "./schemas.ts";

export type ApiOperation = {
  method: "get" | "post" | "patch" | "delete";
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: "Secrets" | "Usages" | "Environments" | "Meta";
  /** null: no token needed. */
  permission: ApiTokenPermission | null;
  pathParams?: z.ZodObject;
  query?: z.ZodObject;
  body?: { schema: z.ZodType; omit?: string[]; example: unknown };
  success: { status: number; description: string; schema?: z.ZodType };
  errors: number[];
};

const named = [404, 409, 422];
const auth = [401, 429];

export const API_OPERATIONS: ApiOperation[] = [
  {
    method: "get",
    path: "/secrets",
    operationId: "listSecrets",
    tag: "Secrets",
    permission: "read",
    summary: "List secret metadata",
    description: "Secrets the token can see, filtered, sorted and paged by the database. Never values.",
    query: secretListQuerySchema,
    success: { status: 200, description: "One page of secrets", schema: s.secretListSchema },
    errors: [...auth, 403, 422],
  },
  {
    method: "post",
    path: "/secrets",
    operationId: "registerSecret",
    tag: "Secrets",
    permission: "write",
    summary: "Register a secret",
    description:
      "Organization-wide organization secrets (organization tokens) and workspace secrets. Values are keyed by environment slug or id.",
    body: {
      schema: registerSecretSchema,
      omit: ["orgId"],
      example: {
        scope: "ORGANIZATION",
        availability: "ORGANIZATION",
        name: "stripe_api_key",
        credential: { type: "API_KEY", headerName: "Authorization", values: { production: { value: "sk_live_..." } } },
      },
    },
    success: { status: 201, description: "Registered", schema: s.registeredSchema },
    errors: [...auth, 403, 404, 409, 413, 422],
  },
  {
    method: "get",
    path: "/secrets/{name}",
    operationId: "getSecret",
    tag: "Secrets",
    permission: "read",
    summary: "Get a secret's metadata",
    pathParams: s.secretNameParams,
    query: s.workspaceQuery,
    success: {
      status: 200,
      description: "Metadata and per-environment value status (never a value)",
      schema: s.secretDetailSchema,
    },
    errors: [...auth, 403, ...named],
  },
  {
    method: "patch",
    path: "/secrets/{name}",
    operationId: "updateSecret",
    tag: "Secrets",
    permission: "write",
    summary: "Update a secret",
    description:
      "Fields left out stay unchanged; a stale expectedVersion is a 409. Changing the token URL or the SFTP host or port " +
      "needs the secret fields again for every environment with a value (422). A token limited to environments may change " +
      "shared fields (description, expiration date, availability, credential fields) only if it is allowed in every " +
      "environment where the secret has a value (403).",
    pathParams: s.secretNameParams,
    query: s.workspaceQuery,
    body: {
      schema: updateSecretSchema,
      omit: ["secretId"],
      example: {
        expectedVersion: 1,
        credential: { type: "API_KEY", headerName: "Authorization", values: { production: { value: "sk_live_new" } } },
      },
    },
    success: { status: 200, description: "Updated", schema: s.versionSchema },
    errors: [...auth, 403, ...named, 413],
  },
  {
    method: "post",
    path: "/secrets/{name}/resolve",
    operationId: "resolveSecret",
    tag: "Secrets",
    permission: "resolve",
    summary: "Resolve a secret for an environment",
    description:
      "Returns the headers to inject and the fields, with Cache-Control: no-store. Marks the secret used (reactivating an Inactive one) and records the use in the audit log; if that record cannot be written, no value is returned.",
    pathParams: s.secretNameParams,
    query: s.workspaceQuery,
    body: { schema: s.resolveRequestSchema, example: { environment: "production" } },
    success: { status: 200, description: "The value as headers and fields", schema: s.resolveResponseSchema },
    errors: [...auth, 403, ...named, 413],
  },
  {
    method: "post",
    path: "/secrets/{name}/copy",
    operationId: "copyValue",
    tag: "Secrets",
    permission: "write",
    summary: "Copy a value between environments",
    pathParams: s.secretNameParams,
    query: s.workspaceQuery,
    body: { schema: s.copyValueRequestSchema, example: { from: "staging", to: "production", expectedVersion: 2 } },
    success: { status: 200, description: "Copied as a new version", schema: s.versionSchema },
    errors: [...auth, 403, ...named, 413],
  },
  {
    method: "get",
    path: "/secrets/{name}/usages",
    operationId: "listUsages",
    tag: "Usages",
    permission: "read",
    summary: "Where a secret is used",
    pathParams: s.secretNameParams,
    query: s.workspaceQuery.extend(s.usageSearchQuery.shape),
    success: { status: 200, description: "Declared usages", schema: s.usageListSchema },
    errors: [...auth, 403, ...named],
  },
  {
    method: "post",
    path: "/secrets/{name}/usages",
    operationId: "declareUsage",
    tag: "Usages",
    permission: "resolve",
    summary: "Declare a usage",
    description: "Records (or refreshes) that a consumer uses the secret.",
    pathParams: s.secretNameParams,
    query: s.workspaceQuery,
    body: {
      schema: declareUsageSchema,
      example: {
        consumerKind: "AUTOMATION",
        consumerName: "nightly-billing",
        consumerUrl: "https://ci.example.com/jobs/42",
        location: "env STRIPE_KEY",
      },
    },
    success: { status: 201, description: "Declared", schema: s.declaredUsageSchema },
    errors: [...auth, 403, ...named, 413],
  },
  {
    method: "get",
    path: "/usages",
    operationId: "searchUsages",
    tag: "Usages",
    permission: "read",
    summary: "Search usages",
    query: s.usageSearchQuery,
    success: { status: 200, description: "Usages of secrets this token can see", schema: s.usageListSchema },
    errors: [...auth, 403, 422],
  },
  {
    method: "delete",
    path: "/usages/{usageId}",
    operationId: "removeUsage",
    tag: "Usages",
    permission: "resolve",
    summary: "Remove a usage",
    pathParams: s.usageIdParams,
    success: { status: 204, description: "Removed" },
    errors: [...auth, 403, 404, 422],
  },
  {
    method: "get",
    path: "/environments",
    operationId: "listEnvironments",
    tag: "Environments",
    permission: "read",
    summary: "List environments",
    success: {
      status: 200,
      description: "Environments and whether this token may use them",
      schema: s.environmentListSchema,
    },
    errors: [...auth, 403],
  },
  {
    method: "get",
    path: "/openapi.json",
    operationId: "getOpenApi",
    tag: "Meta",
    permission: null,
    summary: "This OpenAPI 3.1 document",
    success: { status: 200, description: "OpenAPI document" },
    errors: [],
  },
];
