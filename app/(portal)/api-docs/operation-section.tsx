// One operation of the API reference: method and path, permission, parameters, body schema,
// responses and a curl example. Rendered on the server from the OpenAPI document.
import type { ApiOperation } from "@/lib/api/operations";
import { Badge, Card, CardContent, CardHeader } from "@/components/ui";
import { curlExample } from "./curl-example";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- OpenAPI JSON

const METHOD_TONES = { get: "accent", post: "success", patch: "warning", delete: "danger" } as const;

export function OperationSection({ op, doc }: { op: ApiOperation; doc: Json }) {
  const id = op.operationId;
  const params = (doc.parameters ?? []) as Json[];
  const body = doc.requestBody?.content?.["application/json"]?.schema as Json | undefined;
  return (
    <Card id={id} aria-labelledby={`${id}-title`} className="scroll-mt-4">
      <CardHeader>
        <h3
          id={`${id}-title`}
          className="flex flex-wrap items-center gap-2 font-mono text-sm font-semibold text-zinc-900"
        >
          <Badge tone={METHOD_TONES[op.method]}>{op.method.toUpperCase()}</Badge>
          /api/v1{op.path}
        </h3>
        <p className="mt-1 text-sm text-zinc-700">
          {op.summary}. {op.description}{" "}
          <span className="text-zinc-500">
            {op.permission ? `Token permission: ${op.permission}.` : "No token needed."}
          </span>
        </p>
      </CardHeader>
      <CardContent className="space-y-4 text-sm">
        {params.length > 0 && (
          <table className="w-full text-left">
            <caption className="mb-1 text-left font-medium text-zinc-800">Parameters</caption>
            <thead className="text-xs text-zinc-500 uppercase">
              <tr>
                <th scope="col">Name</th>
                <th scope="col">In</th>
                <th scope="col">Type</th>
                <th scope="col">Description</th>
              </tr>
            </thead>
            <tbody>
              {params.map((p) => (
                <tr key={`${p.in}-${p.name}`} className="border-t border-zinc-100">
                  <td className="py-1 font-mono">
                    {p.name}
                    {p.required ? " *" : ""}
                  </td>
                  <td>{p.in}</td>
                  <td className="font-mono text-xs">
                    {p.schema?.enum ? p.schema.enum.join(" | ") : (p.schema?.type ?? "any")}
                  </td>
                  <td className="text-zinc-600">{p.description ?? p.schema?.description ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {body && (
          <details>
            <summary className="cursor-pointer font-medium text-zinc-800">Request body (JSON Schema)</summary>
            <pre tabIndex={0} className="mt-2 max-h-96 overflow-auto rounded bg-zinc-50 p-3 text-xs">
              {JSON.stringify(body, null, 2)}
            </pre>
          </details>
        )}
        <div>
          <p className="font-medium text-zinc-800">Responses</p>
          <ul className="mt-1 space-y-0.5">
            {Object.entries(doc.responses as Json).map(([status, r]) => (
              <li key={status}>
                <span className="font-mono">{status}</span> — {(r as Json).description}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <p className="font-medium text-zinc-800">Example</p>
          {/* Scrolling blocks are focusable, so that the keyboard can scroll them too. */}
          <pre
            tabIndex={0}
            className="mt-1 overflow-x-auto rounded bg-zinc-900 p-3 text-xs text-zinc-100 dark:bg-zinc-50 dark:text-zinc-900"
          >
            {curlExample(op)}
          </pre>
        </div>
      </CardContent>
    </Card>
  );
}
