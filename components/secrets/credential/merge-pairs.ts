// "Load from file" over Key/Value rows already typed: what replacing or merging would give,
// and the preview shown before either. Keys only: values never appear. Pure and client-safe.
import type { Pair } from "@/lib/secrets/parsers/pairs";

/** A row is typed when its key or value holds anything. */
export function typedPairs(rows: Pair[]): Pair[] {
  return rows.filter((r) => r.key !== "" || r.value !== "");
}

/**
 * Merging keeps every typed row in place; a file pair with the key of a typed row replaces that
 * row's value, the others are added at the end.
 */
export function mergePairs(typed: Pair[], loaded: Pair[]): Pair[] {
  const merged = typed.map((p) => ({ ...p }));
  const index = new Map(merged.map((p, i) => [p.key, i]));
  for (const pair of loaded) {
    const at = index.get(pair.key);
    if (at === undefined) {
      index.set(pair.key, merged.length);
      merged.push({ ...pair });
    } else merged[at] = { key: pair.key, value: pair.value };
  }
  return merged;
}

/** Which keys of the file are new to the rows, and which would replace a typed value. */
export function mergePreview(typed: Pair[], loaded: Pair[]): { added: string[]; replaced: string[] } {
  const keys = new Set(typed.map((p) => p.key));
  const added: string[] = [];
  const replaced: string[] = [];
  for (const { key } of loaded) (keys.has(key) ? replaced : added).push(key);
  return { added, replaced };
}
