// GET /api/v1/openapi.json — the OpenAPI 3.1 document (public: it describes, reveals nothing).
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { publicRoute } from "@/lib/authz/session-route";

export const GET = publicRoute(async () =>
  Response.json(buildOpenApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } }),
);
