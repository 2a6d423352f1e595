"use client";
// What an import will do: new, changed and unchanged names, and invalid lines with numbers.
import type { ImportPreviewView } from "./transfer-types";

const SHOWN = 50;

function Names({ title, items }: { title: string; items: { line: number | null; name: string }[] }) {
  if (items.length === 0) return null;
  return (
    <details className="rounded-md border border-zinc-200 px-3 py-2" open={items.length <= 10}>
      <summary className="cursor-pointer text-sm font-medium text-zinc-800">
        {title} ({items.length})
      </summary>
      <ul className="mt-1 columns-2 text-sm">
        {items.slice(0, SHOWN).map((i) => (
          <li key={i.name} className="truncate font-mono">
            {i.name}
          </li>
        ))}
      </ul>
      {items.length > SHOWN && <p className="text-xs text-zinc-500">… and {items.length - SHOWN} more</p>}
    </details>
  );
}

export function ImportPreview({ preview }: { preview: ImportPreviewView }) {
  const c = preview.counts;
  return (
    <div className="space-y-3">
      <p className="text-sm text-zinc-700" aria-live="polite">
        Into <strong>{preview.environmentName}</strong>: {c.new} new, {c.changed} changed, {c.unchanged} unchanged,{" "}
        {c.invalid} invalid line
        {c.invalid === 1 ? "" : "s"}.
      </p>
      <Names title="New" items={preview.names.new} />
      <Names title="Changed" items={preview.names.changed} />
      <Names title="Unchanged" items={preview.names.unchanged} />
      {preview.invalid.length > 0 && (
        <section aria-label="Invalid lines" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2">
          <h3 className="text-sm font-medium text-amber-900">Invalid lines — skipped ({preview.invalid.length})</h3>
          {/* Focusable: it scrolls, and the keyboard must be able to scroll it too. */}
          <ul tabIndex={0} className="mt-1 max-h-40 overflow-y-auto text-sm text-amber-900">
            {preview.invalid.slice(0, 200).map((i, n) => (
              <li key={n}>{i.message}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

export function ImportProgressBar({ label, done, total }: { label: string; done: number; total: number }) {
  const pct = total > 0 ? Math.round((done / total) * 100) : 0;
  return (
    <div>
      <p className="mb-1 text-sm text-zinc-700">{label}</p>
      <div
        role="progressbar"
        aria-label="Import progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        className="h-2 w-full rounded-full bg-zinc-200"
      >
        <div className="h-2 rounded-full bg-brand-600 transition-all" style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}
