// The result of a run: Status, Response headers and Response body (secrets already redacted
// by the server).
import type { RunResult } from "@/lib/quick-commands/views";
import { Badge } from "@/components/ui";

const tone = (status: number) =>
  status < 300 ? "success" : status < 400 ? "accent" : status < 500 ? "warning" : "danger";

export function RunResultView({ result }: { result: RunResult }) {
  return (
    <div className="grid gap-4">
      <section aria-labelledby="run-status" className="flex flex-wrap items-center gap-3 text-sm">
        <h3 id="run-status" className="font-semibold text-zinc-900">
          Status
        </h3>
        <Badge tone={tone(result.status)} className="text-sm">
          {result.status} {result.statusText}
        </Badge>
        <span className="text-zinc-500">
          {result.environmentName} · {result.durationMs} ms
          {result.redirects ? ` · ${result.redirects} redirect${result.redirects > 1 ? "s" : ""}` : ""}
        </span>
      </section>
      <section aria-labelledby="run-headers">
        <h3 id="run-headers" className="mb-1 text-sm font-semibold text-zinc-900">
          Response headers
        </h3>
        {/* Scrolling blocks are focusable, so that the keyboard can scroll them too. */}
        <dl
          tabIndex={0}
          className="max-h-60 overflow-auto rounded-md border border-zinc-200 bg-zinc-50 p-3 font-mono text-xs"
        >
          {result.headers.map(([k, v], i) => (
            <div key={i} className="flex gap-2">
              <dt className="shrink-0 text-zinc-600">{k}:</dt>
              <dd className="break-all text-zinc-900">{v}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="run-body">
        <h3 id="run-body" className="mb-1 text-sm font-semibold text-zinc-900">
          Response body
        </h3>
        {result.bodyNote && <p className="mb-1 text-sm text-amber-800">{result.bodyNote}</p>}
        <pre
          tabIndex={0}
          className="max-h-[32rem] overflow-auto rounded-md border border-zinc-200 bg-zinc-950 p-3 text-xs whitespace-pre-wrap break-all text-zinc-100 dark:bg-zinc-50 dark:text-zinc-900"
        >
          {prettyBody(result.body) || "(empty)"}
        </pre>
      </section>
      <p className="text-xs text-zinc-500">Any secret value the server echoed back is shown as [REDACTED].</p>
    </div>
  );
}

function prettyBody(body: string): string {
  const trimmed = body.trim();
  if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) return body;
  try {
    return JSON.stringify(JSON.parse(trimmed), null, 2);
  } catch {
    return body;
  }
}
