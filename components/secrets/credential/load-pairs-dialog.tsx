"use client";
// Asked before a .env / JSON file lands on Key/Value rows that hold typed pairs: add the file's
// pairs to them (with a preview by key) or replace them. Keys only; values are never shown.
import { Button, Dialog, DialogFooter } from "@/components/ui";
import type { Pair } from "@/lib/secrets/parsers/pairs";
import { mergePreview } from "./merge-pairs.ts";

export type PendingLoad = { fileName: string; typed: Pair[]; loaded: Pair[] };

function KeyList({ title, keys }: { title: string; keys: string[] }) {
  if (keys.length === 0) return null;
  return (
    <div className="mt-3">
      <h3 className="text-sm font-medium text-zinc-800">{title}</h3>
      <ul className="mt-1 flex flex-wrap gap-1.5">
        {keys.map((k) => (
          <li key={k} className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-xs text-zinc-800">
            {k}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function LoadPairsDialog({
  pending,
  onMerge,
  onReplace,
  onCancel,
}: {
  pending: PendingLoad | null;
  onMerge: () => void;
  onReplace: () => void;
  onCancel: () => void;
}) {
  const preview = pending ? mergePreview(pending.typed, pending.loaded) : { added: [], replaced: [] };
  const typed = pending?.typed.length ?? 0;
  return (
    <Dialog
      open={pending !== null}
      onClose={onCancel}
      title={`Load ${pending?.fileName ?? "file"}?`}
      description={`The rows already hold ${typed === 1 ? "1 pair" : `${typed} pairs`} you typed. Add the file's ${pending?.loaded.length ?? 0} to them, or replace them.`}
    >
      <KeyList title="Added" keys={preview.added} />
      <KeyList title="Replace the typed value" keys={preview.replaced} />
      <DialogFooter>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button variant="secondary" onClick={onReplace}>
          Replace the rows
        </Button>
        <Button data-autofocus onClick={onMerge}>
          Add to the rows
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
