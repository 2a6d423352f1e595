// Exported values → `.env` or JSON content. The variable names follow the CLI's `strongroom
// run` (bin/lib/env-vars.mjs): Key/Value pairs keep their keys; any other type gives
// NAME_FIELD in upper snake case (stripe_api_key's value → STRIPE_API_KEY_VALUE). A name that
// a .env file cannot hold, or a repeat of an earlier one, is skipped and reported. Pure.
import { buildInjection } from "../secrets/injection.ts";
import { pairKeyProblem, type Pair } from "../secrets/parsers/pairs.ts";
import { serializeDotenv } from "../secrets/parsers/serialize-dotenv.ts";
import type { FileFormat } from "./schema.ts";

export type ExportItem = {
  name: string;
  type: string;
  metadata: Record<string, unknown>;
  payload: Record<string, unknown>;
};

export function upperSnake(s: string): string {
  return s
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .toUpperCase();
}

export function exportPairs(items: ExportItem[]): { pairs: Pair[]; skipped: string[] } {
  const pairs: Pair[] = [];
  const skipped: string[] = [];
  const from = new Map<string, string>();
  for (const item of items) {
    const { fields } = buildInjection(item.type, item.metadata, item.payload);
    for (const [field, value] of Object.entries(fields)) {
      const key = item.type === "KEY_VALUE" ? field : `${upperSnake(item.name)}_${upperSnake(field)}`;
      const earlier = from.get(key);
      if (pairKeyProblem(key)) skipped.push(`${key} (from ${item.name}): not a valid variable name`);
      else if (earlier) skipped.push(`${key} (from ${item.name}): already exported from ${earlier}`);
      else {
        from.set(key, item.name);
        pairs.push({ key, value });
      }
    }
  }
  return { pairs, skipped };
}

export function renderExport(pairs: Pair[], format: FileFormat, comment: string): string {
  if (format === "dotenv") return serializeDotenv(pairs, { comment });
  return `${JSON.stringify(Object.fromEntries(pairs.map((p) => [p.key, p.value])), null, 2)}\n`;
}
