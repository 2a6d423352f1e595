// Reads `.env` content into Key/Value pairs. Pure and client-safe.
//
//   KEY=value              unquoted: trimmed; ` #` (whitespace then #) starts a comment
//   export KEY=value       the `export ` prefix is ignored
//   KEY='literal'          single quotes: taken as is, may span lines
//   KEY="a\nb"             double quotes: \n \r \t \" \\ are escapes (any other \x is kept), may span lines
//   # comment, blank lines ignored; CRLF and a leading BOM accepted
//
// `${VAR}` is not expanded. Errors are numbered by line and never quote a value. A repeated
// key is reported with both line numbers and the first definition is kept.
import { type Pair, pairKeyProblem, quoteKey } from "./pairs.ts";

export interface DotenvError {
  line: number;
  /** "Line 4: missing '=' after the key." */
  message: string;
}

export interface DotenvParseResult {
  pairs: Pair[];
  errors: DotenvError[];
}

const ESCAPES: Record<string, string> = { n: "\n", r: "\r", t: "\t", '"': '"', "\\": "\\" };
const AFTER_QUOTE = /^\s*(?:#.*)?$/;

interface Quoted {
  value: string;
  /** Index of the line holding the closing quote, and the text after it. */
  endLine: number;
  rest: string;
}

/** Reads a quoted value starting at `lines[start]` (text after the opening quote), or null if unterminated. */
function readQuoted(lines: readonly string[], start: number, first: string, quote: '"' | "'"): Quoted | null {
  let value = "";
  let text = first;
  for (let lineIndex = start; ;) {
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (c === quote) return { value, endLine: lineIndex, rest: text.slice(i + 1) };
      if (quote === '"' && c === "\\" && i + 1 < text.length) {
        const next = text[++i]!;
        value += ESCAPES[next] ?? `\\${next}`;
      } else value += c;
    }
    lineIndex++;
    if (lineIndex >= lines.length) return null;
    value += "\n";
    text = lines[lineIndex]!;
  }
}

export function parseDotenv(content: string): DotenvParseResult {
  const lines = content.replace(/^\uFEFF/, "").split(/\r\n?|\n/);
  const pairs: Pair[] = [];
  const errors: DotenvError[] = [];
  const firstLine = new Map<string, number>();
  const error = (line: number, message: string) => errors.push({ line, message: `Line ${line}: ${message}` });

  for (let index = 0; index < lines.length; index++) {
    const lineNo = index + 1;
    // Not trimmed at the end: a quoted value may keep trailing spaces before its line break.
    const line = lines[index]!.trimStart();
    if (line.trimEnd() === "" || line.startsWith("#")) continue;
    const statement = line.replace(/^export\s+(?=\S)/, "");
    const eq = statement.indexOf("=");
    if (eq === -1) {
      error(lineNo, "missing '=' after the key.");
      continue;
    }
    const key = statement.slice(0, eq).trimEnd();
    const keyProblem = key === "" ? "missing key before '='." : pairKeyProblem(key);
    const raw = statement.slice(eq + 1).replace(/^[ \t]+/, "");

    let value: string;
    const quote = raw[0];
    if (quote === '"' || quote === "'") {
      const quoted = readQuoted(lines, index, raw.slice(1), quote);
      if (!quoted) {
        error(lineNo, `the value has no closing ${quote === '"' ? "double" : "single"} quote (${quote}).`);
        continue;
      }
      index = quoted.endLine;
      if (!AFTER_QUOTE.test(quoted.rest)) {
        error(index + 1, "unexpected text after the closing quote (put a space before a # comment).");
        continue;
      }
      value = quoted.value;
    } else {
      const comment = raw.search(/\s#/);
      value = (comment === -1 ? raw : raw.slice(0, comment)).trim();
    }

    if (keyProblem) {
      error(lineNo, keyProblem);
      continue;
    }
    const seen = firstLine.get(key);
    if (seen !== undefined) {
      error(lineNo, `duplicate key ${quoteKey(key)} (first defined on line ${seen}).`);
      continue;
    }
    firstLine.set(key, lineNo);
    pairs.push({ key, value });
  }
  return { pairs, errors };
}
