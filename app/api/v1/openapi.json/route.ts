// GET /api/v1/openapi.json — the OpenAPI 3.1 document (public: it describes, reveals nothing).
import { buildOpenApiDocument } from "@/lib/api/openapi";

export function GET() {
  return Response.json(buildOpenApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
