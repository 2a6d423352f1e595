"use client";
// Copy values, step 2 and 3: what will happen to each secret, then what happened.
import { Badge, type BadgeTone } from "@/components/ui";
import { copyActionLabel } from "@/lib/transfer/copy-view";
import type { CopyPreviewItem, CopyResultItem } from "./copy-types";

const TONE: Record<CopyPreviewItem["action"], BadgeTone> = {
  create: "success",
  overwrite: "warning",
  same: "neutral",
  no_source: "neutral",
};

export function CopyPreviewList({ items, from, to }: { items: CopyPreviewItem[]; from: string; to: string }) {
  return (
    <table className="min-w-full text-left text-sm">
      <caption className="sr-only">Preview</caption>
      <thead className="text-xs font-semibold text-zinc-600 uppercase">
        <tr>
          <th scope="col" className="py-1">
            Secret name
          </th>
          <th scope="col" className="py-1">
            What happens
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-zinc-100">
        {items.map((i) => (
          <tr key={i.secretId}>
            <td className="py-1.5 pr-3 font-mono">{i.name}</td>
            <td className="py-1.5">
              <Badge tone={TONE[i.action]}>{copyActionLabel(i.action, from, to)}</Badge>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CopyResults({ results }: { results: CopyResultItem[] }) {
  return (
    <ul className="divide-y divide-zinc-100 text-sm" aria-label="Results">
      {results.map((r) => (
        <li key={r.secretId} className="flex justify-between gap-3 py-1.5">
          <span className="font-mono">{r.name}</span>
          <span className={r.outcome === "failed" ? "text-red-700" : "text-zinc-700"}>
            {r.outcome === "copied" ? "Copied" : r.outcome === "unchanged" ? "Unchanged" : `Not copied: ${r.error}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
