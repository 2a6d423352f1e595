// An uploaded `.env` or JSON file → import entries, each with its line number, and the invalid
// lines with theirs. Each entry becomes one Key/Value secret named after its key, holding one
// pair { key: NAME, value }. Names keep their case (secret names are case-sensitive).
// Messages never quote a value. Pure and client-safe.
import { describeBytes, SECRET_VALUE_MAX_BYTES, utf8Length } from "../secrets/credential-types/limits.ts";
import { parseDotenv } from "../secrets/parsers/dotenv.ts";
import { parseJsonObject } from "../secrets/parsers/json-object.ts";
import { SECRET_NAME_MAX_LENGTH, SECRET_NAME_PATTERN } from "../secrets/secret-input.ts";
import { IMPORT_MAX_ENTRIES, type FileFormat } from "./schema.ts";

export type ImportEntry = { line: number | null; name: string; value: string };
export type InvalidLine = { line: number | null; message: string };
export type ParsedImport = { entries: ImportEntry[]; invalid: InvalidLine[] };

/**
 * The payload stored for an imported entry: exactly what the Key/Value type's schema gives for
 * one pair (same shape and key order, so equal values have equal digests; a test checks it).
 */
export function importPayload(entry: Pick<ImportEntry, "name" | "value">): { pairs: { key: string; value: string }[] } {
  return { pairs: [{ key: entry.name, value: entry.value }] };
}

/** Why an entry cannot become a secret (the checks of the secret name and the Key/Value value), or null. */
function entryProblem(name: string, value: string): string | null {
  if (name.length > SECRET_NAME_MAX_LENGTH)
    return `Secret name is too long: at most ${SECRET_NAME_MAX_LENGTH} characters.`;
  if (!SECRET_NAME_PATTERN.test(name))
    return "Secret name may contain only letters, digits, '_', '.' and '-' (no spaces).";
  if (value.length > SECRET_VALUE_MAX_BYTES || utf8Length(value) > SECRET_VALUE_MAX_BYTES) {
    return `the value of ${JSON.stringify(name.slice(0, 40))} is too long: at most ${describeBytes(SECRET_VALUE_MAX_BYTES)}.`;
  }
  return null;
}

/** The line where each key is first defined: a `KEY=` statement, or a `"KEY":` member. One pass. */
function keyLines(content: string, format: FileFormat): Map<string, number> {
  const out = new Map<string, number>();
  if (format === "dotenv") {
    content.split(/\r\n?|\n/).forEach((text, i) => {
      const m = /^[ \t]*(?:export[ \t]+)?([^=#\s][^=]*?)[ \t]*=/.exec(text);
      if (m && !out.has(m[1]!)) out.set(m[1]!, i + 1);
    });
    return out;
  }
  let line = 1;
  let last = 0;
  for (const m of content.matchAll(/"((?:[^"\\\n]|\\.)*)"\s*:/g)) {
    for (let i = last; i < m.index; i++) if (content.charCodeAt(i) === 10) line++;
    last = m.index;
    try {
      const key = JSON.parse(`"${m[1]}"`) as string;
      if (!out.has(key)) out.set(key, line);
    } catch {
      // not a valid string literal: the parser reports it
    }
  }
  return out;
}

const withLine = (line: number | null, message: string) =>
  line === null || message.startsWith("Line ") ? message : `Line ${line}: ${message}`;

export function parseImportFile(content: string, format: FileFormat): ParsedImport {
  const text = content.replace(/^\uFEFF/, "");
  const parsed = format === "dotenv" ? parseDotenv(text) : parseJsonObject(text);
  const invalid: InvalidLine[] = parsed.errors.map((e) => ({ line: e.line ?? null, message: e.message }));
  const lines = keyLines(text, format);
  const entries: ImportEntry[] = [];
  for (const pair of parsed.pairs) {
    const line = lines.get(pair.key) ?? null;
    const problem = entryProblem(pair.key, pair.value);
    if (problem) invalid.push({ line, message: withLine(line, problem) });
    else if (entries.length >= IMPORT_MAX_ENTRIES)
      invalid.push({
        line,
        message: withLine(
          line,
          `more than ${IMPORT_MAX_ENTRIES.toLocaleString("en-US")} entries: import the rest in another file.`,
        ),
      });
    else entries.push({ line, name: pair.key, value: pair.value });
  }
  invalid.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (entries.length === 0 && invalid.length === 0)
    invalid.push({ line: null, message: "The file has no entries to import." });
  return { entries, invalid };
}
