// Where and why a JSON text is invalid, with line and column. Call it after JSON.parse failed.
// The engines' own messages are not used: they differ between browsers, some give no position,
// and V8 and Safari quote the input, which here is a secret. Reasons never quote the text.
// Pure and client-safe.

export interface JsonSyntaxError {
  /** 0-based offset in the text. */
  position: number;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units from the start of the line. */
  column: number;
  /** e.g. "expected ',' or '}' after a property value" (no final period). */
  reason: string;
}

/** 1-based line and column of `position` in `text`. */
export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const lastBreak = before.lastIndexOf("\n");
  return { line: before.split("\n").length, column: position - lastBreak };
}

class Failure {
  constructor(
    readonly position: number,
    readonly reason: string,
  ) {}
}

const MAX_DEPTH = 1000;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** The first syntax error of `text`, or null when it is valid JSON. */
export function jsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i]!)) i++;
  };
  const fail = (reason: string): never => {
    throw new Failure(i, reason);
  };
  const unexpected = (what: string): never => {
    const c = text[i];
    if (c === undefined) return fail(`unexpected end of the document, expected ${what}`);
    if (c === "'") return fail('strings and property names must use double quotes ("), not single quotes');
    if (/[A-Za-z0-9_]/.test(c)) return fail(`unexpected text, expected ${what} (text must be in double quotes)`);
    return fail(`unexpected character '${c}', expected ${what}`);
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      const c = text[i];
      if (c === undefined) return fail("unterminated string");
      if (c === '"') return void i++;
      if (c < " ") return fail("line break or control character inside a string (write it as \\n)");
      if (c === "\\") {
        const e = text[i + 1];
        if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else if (e === "u" && /^[0-9A-Fa-f]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else return fail("invalid escape sequence in a string");
      } else i++;
    }
  };
  const value = (depth: number): void => {
    if (depth > MAX_DEPTH) fail("the document is nested too deeply");
    ws();
    const c = text[i];
    if (c === "{") return container("}", depth, true);
    if (c === "[") return container("]", depth, false);
    if (c === '"') return string();
    for (const literal of ["true", "false", "null"]) {
      if (text.startsWith(literal, i)) return void (i += literal.length);
    }
    NUMBER.lastIndex = i;
    if (c !== undefined && /[-\d]/.test(c)) {
      if (!NUMBER.test(text)) fail("invalid number");
      return void (i = NUMBER.lastIndex);
    }
    unexpected("a value");
  };
  const container = (close: "}" | "]", depth: number, isObject: boolean) => {
    i++;
    ws();
    if (text[i] === close) return void i++;
    for (;;) {
      if (isObject) {
        ws();
        if (text[i] !== '"') unexpected("a property name in double quotes");
        string();
        ws();
        if (text[i] !== ":") unexpected("':' after the property name");
        i++;
      }
      value(depth + 1);
      ws();
      if (text[i] === close) return void i++;
      if (text[i] !== ",") unexpected(`',' or '${close}' after ${isObject ? "a property value" : "an array element"}`);
      i++;
      ws();
      if (text[i] === close) fail(`trailing comma before '${close}' is not allowed`);
    }
  };
  try {
    value(0);
    ws();
    if (i < text.length) fail("unexpected text after the end of the JSON value");
    return null;
  } catch (e) {
    if (!(e instanceof Failure)) throw e;
    return { position: e.position, ...lineAndColumn(text, e.position), reason: e.reason };
  }
}
