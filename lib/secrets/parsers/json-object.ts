// Reads a JSON object of values ({ "KEY": "value", "PORT": 5432, "DEBUG": true }) into
// Key/Value pairs. Numbers and booleans become their text; null, objects and arrays are
// refused with the key named. Messages never quote a value. Pure and client-safe.
import { jsonSyntaxError } from "./json-syntax.ts";
import { type Pair, pairKeyProblem, quoteKey } from "./pairs.ts";

export interface JsonObjectParseError {
  /** 1-based line, when the error has a position in the text. */
  line?: number;
  column?: number;
  message: string;
}

export interface JsonObjectParseResult {
  pairs: Pair[];
  errors: JsonObjectParseError[];
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return "a nested object";
}

export function parseJsonObject(content: string): JsonObjectParseResult {
  const text = content.replace(/^\uFEFF/, "");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    const error = jsonSyntaxError(text);
    if (!error) return { pairs: [], errors: [{ message: "The file is not valid JSON." }] };
    const { line, column, reason } = error;
    return { pairs: [], errors: [{ line, column, message: `Line ${line}, column ${column}: ${reason}.` }] };
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    return {
      pairs: [],
      errors: [
        {
          message:
            'The file must contain a JSON object such as { "API_KEY": "value" }, not an array or a single value.',
        },
      ],
    };
  }
  const pairs: Pair[] = [];
  const errors: JsonObjectParseError[] = [];
  // JSON.parse defines "__proto__" as an own property, so Object.entries sees every key.
  for (const [key, value] of Object.entries(parsed)) {
    const keyProblem = pairKeyProblem(key);
    if (keyProblem) errors.push({ message: keyProblem });
    else if (typeof value === "string") pairs.push({ key, value });
    else if (typeof value === "number" || typeof value === "boolean") pairs.push({ key, value: String(value) });
    else {
      errors.push({
        message: `Key ${quoteKey(key)} holds ${describe(value)}; only text, numbers and true/false can be imported.`,
      });
    }
  }
  if (pairs.length === 0 && errors.length === 0)
    errors.push({ message: "The JSON object is empty: there is nothing to import." });
  return { pairs, errors };
}
