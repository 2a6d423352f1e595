// The OpenAPI document is valid OpenAPI 3.1, served at /api/v1/openapi.json, and describes
// exactly the route files under app/api/v1 (every route and method, nothing more).
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Validator } from "@seriousme/openapi-schema-validator";
import { buildOpenApiDocument } from "../../lib/api/openapi.ts";
import { API_OPERATIONS } from "../../lib/api/operations.ts";
import * as served from "../../app/api/v1/openapi.json/route.ts";

const apiDir = path.join(import.meta.dirname, "../../app/api/v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const p = path.join(dir, entry);
    if (statSync(p).isDirectory()) return routeFiles(p);
    return entry === "route.ts" ? [p] : [];
  });
}

describe("OpenAPI document", () => {
  it("validates as OpenAPI 3.1", async () => {
    const validator = new Validator();
    const result = await validator.validate(buildOpenApiDocument());
    expect(result.errors ?? []).toEqual([]);
    expect(validator.version).toBe("3.1");
    expect(result.valid).toBe(true);
  });

  it("matches the route files: every route and method is documented, and only those", async () => {
    const implemented: string[] = [];
    for (const file of routeFiles(apiDir)) {
      const route =
        "/" +
        path
          .relative(apiDir, path.dirname(file))
          .split(path.sep)
          .join("/")
          .replace(/\[(\w+)\]/g, "{$1}");
      const mod = (await import(file)) as Record<string, unknown>;
      for (const m of METHODS) if (typeof mod[m] === "function") implemented.push(`${m} ${route}`);
    }
    const documented = Object.entries(buildOpenApiDocument().paths as Record<string, object>).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
    );
    expect(implemented.sort()).toEqual(documented.sort());
    expect(implemented.length).toBe(API_OPERATIONS.length);
  });

  it("is served at /api/v1/openapi.json and its examples parse with the schemas they document", async () => {
    const res = await served.GET(new Request("http://localhost/api/v1/openapi.json"), { params: Promise.resolve({}) });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { openapi: string }).openapi).toBe("3.1.0");
    for (const op of API_OPERATIONS.filter((o) => o.body)) {
      const extra = op.body!.omit?.includes("orgId")
        ? { orgId: "org1" }
        : op.body!.omit?.includes("secretId")
          ? { secretId: "s1" }
          : {};
      const parsed = op.body!.schema.safeParse({ ...(op.body!.example as object), ...extra });
      expect([op.operationId, parsed.success]).toEqual([op.operationId, true]);
    }
  });
});
