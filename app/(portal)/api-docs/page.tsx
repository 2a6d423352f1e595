import type { Metadata } from "next";
import { getPortalContext } from "@/lib/auth";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { API_OPERATIONS } from "@/lib/api/operations";
import { PageHeader } from "@/components/ui";
import { OperationSection } from "./operation-section";

export const metadata: Metadata = { title: "API documentation" };

export default async function ApiDocsPage() {
  await getPortalContext();
  const doc = buildOpenApiDocument() as { paths: Record<string, Record<string, Record<string, unknown>>> };
  return (
    <>
      <PageHeader
        title="API documentation"
        description={
          <>
            The REST API for machine clients, generated from the same schemas the server validates with.
            Machine-readable:{" "}
            <a className="font-medium text-brand-700 underline" href="/api/v1/openapi.json">
              /api/v1/openapi.json
            </a>{" "}
            (OpenAPI 3.1).
          </>
        }
      />
      <section aria-labelledby="api-basics" className="mb-6 space-y-2 text-sm text-zinc-700">
        <h2 id="api-basics" className="text-base font-semibold text-zinc-900">
          Basics
        </h2>
        <p>
          Create a token in Settings → API tokens and send it as <code>Authorization: Bearer sr_…</code>. Secrets are
          addressed by name, environments by slug (e.g. <code>production</code>).
        </p>
        <p>
          Errors are JSON: <code>{`{ "error": { "code", "message", "fields"? } }`}</code> — 401 bad token, 403 not
          allowed, 404 not found or not visible, 409 conflict, 413 body over 256 KiB, 422 invalid input, 429 rate
          limited (see <code>Retry-After</code>).
        </p>
        <p>
          The CLI: <code>STRONGROOM_TOKEN=sr_… strongroom resolve stripe_api_key --env production</code>, or{" "}
          <code>strongroom run --env production -- ./deploy.sh</code>.
        </p>
      </section>
      <nav aria-label="Operations" className="mb-6">
        <ul className="grid gap-1 text-sm sm:grid-cols-2">
          {API_OPERATIONS.map((op) => (
            <li key={op.operationId}>
              <a className="text-brand-700 hover:underline" href={`#${op.operationId}`}>
                <span className="font-mono">
                  {op.method.toUpperCase()} {op.path}
                </span>{" "}
                — {op.summary}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="space-y-4">
        {API_OPERATIONS.map((op) => (
          <OperationSection key={op.operationId} op={op} doc={doc.paths[op.path]![op.method]!} />
        ))}
      </div>
    </>
  );
}
