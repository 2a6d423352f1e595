// The OpenAPI 3.1 document of /api/v1, generated from the operations list and the same zod
// schemas the handlers parse with (z.toJSONSchema, JSON Schema 2020-12 as OpenAPI 3.1 uses).
import { z } from "zod";
import { API_OPERATIONS, type ApiOperation } from "./operations.ts";
import { errorResponseSchema } from "./schemas.ts";

type Json = Record<string, unknown>;

export const API_BASE_PATH = "/api/v1";

const ERROR_DESCRIPTIONS: Record<number, string> = {
  401: "Missing, invalid, expired or revoked token",
  403: "Visible, but this token may not do this (permission or environment)",
  404: "Not found, or not visible to this token",
  409: "Conflict: stale expectedVersion, name taken, ambiguous name, or a secret that cannot be used now",
  413: "Request body larger than 256 KiB",
  422: "Invalid input; `fields` holds the issues by field",
  429: "Rate limited; retry after the number of seconds in Retry-After",
};

export function jsonSchema(schema: z.ZodType, io: "input" | "output" = "input"): Json {
  const out = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
    override: (ctx) => {
      if ((ctx.zodSchema as unknown as { _zod: { def: { type: string } } })._zod.def.type === "date") {
        ctx.jsonSchema.type = "string";
        ctx.jsonSchema.format = "date-time";
      }
    },
  }) as Json;
  delete out.$schema;
  return out;
}

function parameters(op: ApiOperation): Json[] {
  const params: Json[] = [];
  for (const [name, schema] of Object.entries(op.pathParams?.shape ?? {})) {
    params.push({ name, in: "path", required: true, schema: jsonSchema(schema as z.ZodType) });
  }
  for (const [name, schema] of Object.entries(op.query?.shape ?? {})) {
    const js = jsonSchema(schema as z.ZodType, "output");
    params.push({
      name,
      in: "query",
      required: false,
      ...(js.description ? { description: js.description } : {}),
      schema: js,
    });
  }
  return params;
}

function requestBody(op: ApiOperation): Json | undefined {
  if (!op.body) return undefined;
  const schema = jsonSchema(op.body.schema);
  for (const key of op.body.omit ?? []) {
    delete (schema.properties as Json | undefined)?.[key];
    if (Array.isArray(schema.required)) schema.required = schema.required.filter((k) => k !== key);
  }
  return { required: true, content: { "application/json": { schema, example: op.body.example } } };
}

function responses(op: ApiOperation): Json {
  const out: Json = {
    [op.success.status]: {
      description: op.success.description,
      ...(op.success.status === 204
        ? {}
        : {
            content: {
              "application/json": {
                schema: op.success.schema ? jsonSchema(op.success.schema, "output") : { type: "object" },
              },
            },
          }),
    },
  };
  for (const status of op.errors) {
    out[status] = {
      description: ERROR_DESCRIPTIONS[status] ?? "Error",
      ...(status === 429
        ? { headers: { "Retry-After": { description: "Seconds to wait", schema: { type: "integer" } } } }
        : {}),
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    };
  }
  return out;
}

export function buildOpenApiDocument(): Json {
  const paths: Record<string, Json> = {};
  for (const op of API_OPERATIONS) {
    const body = requestBody(op);
    (paths[op.path] ??= {})[op.method] = {
      operationId: op.operationId,
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      tags: [op.tag],
      security: op.permission ? [{ bearerToken: [] }] : [],
      ...(op.permission ? { "x-strongroom-permission": op.permission } : {}),
      parameters: parameters(op),
      ...(body ? { requestBody: body } : {}),
      responses: responses(op),
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Strongroom REST API",
      version: "1.0.0",
      description:
        "Machine access to Strongroom. Authenticate with an API token created in the portal (Settings → API tokens): `Authorization: Bearer sr_...`. Secrets are addressed by name, environments by slug.",
    },
    servers: [{ url: API_BASE_PATH }],
    tags: [{ name: "Secrets" }, { name: "Usages" }, { name: "Environments" }, { name: "Meta" }],
    paths,
    components: {
      schemas: { Error: jsonSchema(errorResponseSchema, "output") },
      securitySchemes: { bearerToken: { type: "http", scheme: "bearer", description: "An API token (sr_...)" } },
    },
  };
}
