// Writes Key/Value pairs as `.env` content that parseDotenv (and the usual dotenv readers)
// read back to the same pairs. Pure and client-safe.
import { type Pair, pairKeyProblem } from "./pairs.ts";

/** Characters that no .env reader treats specially when unquoted. */
const SAFE_UNQUOTED = /^[A-Za-z0-9_./:@+,%^~=-]+$/;

function quoteValue(value: string): string {
  if (value === "") return "";
  if (SAFE_UNQUOTED.test(value)) return value;
  // Single quotes are literal in every reader (no escapes, no ${VAR} expansion).
  if (!/['\r\n]/.test(value)) return `'${value}'`;
  const escaped = value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n").replace(/\r/g, "\\r");
  return `"${escaped}"`;
}

export interface SerializeDotenvOptions {
  /** Written first as `# ` comment lines, e.g. "Exported from Strongroom". */
  comment?: string;
}

/** One `KEY=value` line per pair. Throws on an invalid key (a caller bug: keys are validated on input). */
export function serializeDotenv(pairs: readonly Pair[], options: SerializeDotenvOptions = {}): string {
  const header =
    options.comment === undefined ? [] : options.comment.split(/\r\n?|\n/).map((line) => `# ${line}`.trimEnd());
  const body = pairs.map(({ key, value }) => {
    const problem = pairKeyProblem(key);
    if (problem) throw new Error(`Cannot write .env: ${problem}`);
    return `${key}=${quoteValue(value)}`;
  });
  return [...header, ...body].map((line) => `${line}\n`).join("");
}
