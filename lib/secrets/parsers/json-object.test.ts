import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseJsonObject } from "./json-object.ts";
import { jsonSyntaxError, lineAndColumn } from "./json-syntax.ts";

describe("parseJsonObject", () => {
  it("reads strings, and numbers and booleans as text", () => {
    expect(
      parseJsonObject('{ "API_KEY": "abc", "PORT": 5432, "RATE": 0.5, "DEBUG": true, "OFF": false, "E": "" }'),
    ).toEqual({
      pairs: [
        { key: "API_KEY", value: "abc" },
        { key: "PORT", value: "5432" },
        { key: "RATE", value: "0.5" },
        { key: "DEBUG", value: "true" },
        { key: "OFF", value: "false" },
        { key: "E", value: "" },
      ],
      errors: [],
    });
  });

  it("refuses nested values and null, naming the key, and keeps the rest", () => {
    const { pairs, errors } = parseJsonObject('{"A":"1","DB":{"host":"x"},"LIST":[1],"N":null,"bad key":"v"}');
    expect(pairs).toEqual([{ key: "A", value: "1" }]);
    expect(errors.map((e) => e.message)).toEqual([
      'Key "DB" holds a nested object; only text, numbers and true/false can be imported.',
      'Key "LIST" holds an array; only text, numbers and true/false can be imported.',
      'Key "N" holds null; only text, numbers and true/false can be imported.',
      `Key "bad key" must start with a letter or '_' and contain only letters, digits, '_', '.' and '-'.`,
    ]);
  });

  it("gives the line and column of a syntax error, never the content", () => {
    const { pairs, errors } = parseJsonObject('{\n  "A": "hunter2",\n  "B": "x"\n  "C": 1\n}');
    expect(pairs).toEqual([]);
    expect(errors).toEqual([
      {
        line: 4,
        column: 3,
        message: "Line 4, column 3: unexpected character '\"', expected ',' or '}' after a property value.",
      },
    ]);
    expect(parseJsonObject('{"A": "x",}').errors[0]?.message).toBe(
      "Line 1, column 11: trailing comma before '}' is not allowed.",
    );
    expect(parseJsonObject('{"A": "unterminated').errors[0]?.message).toBe("Line 1, column 20: unterminated string.");
    expect(parseJsonObject("").errors[0]?.message).toBe(
      "Line 1, column 1: unexpected end of the document, expected a value.",
    );
  });

  it("refuses arrays, single values and empty objects", () => {
    const notObject =
      'The file must contain a JSON object such as { "API_KEY": "value" }, not an array or a single value.';
    for (const text of ["[]", '"x"', "1", "null"])
      expect(parseJsonObject(text).errors).toEqual([{ message: notObject }]);
    expect(parseJsonObject("{}").errors).toEqual([
      { message: "The JSON object is empty: there is nothing to import." },
    ]);
  });

  it("accepts a BOM and a __proto__ key as an ordinary key", () => {
    expect(parseJsonObject('\uFEFF{"__proto__":"x"}').pairs).toEqual([{ key: "__proto__", value: "x" }]);
  });

  it("round trip (property): JSON.stringify of pairs parses back to the same pairs", () => {
    const pairs = fc.uniqueArray(
      fc.record({
        key: fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.-]{0,20}$/),
        value: fc.string({ unit: "binary", maxLength: 30 }),
      }),
      { selector: (p) => p.key, minLength: 1, maxLength: 10 },
    );
    fc.assert(
      fc.property(pairs, (list) => {
        const text = JSON.stringify(Object.fromEntries(list.map((p) => [p.key, p.value])), null, 2);
        expect(parseJsonObject(text)).toEqual({ pairs: list, errors: [] });
      }),
    );
  });
});

describe("jsonSyntaxError", () => {
  it("lineAndColumn is 1-based", () => {
    expect(lineAndColumn("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });

  it.each([
    ['{"a":}', 1, 6, "unexpected character '}', expected a value"],
    ['{"a" 1}', 1, 6, "unexpected text, expected ':' after the property name (text must be in double quotes)"],
    ["[1,2", 1, 5, "unexpected end of the document, expected ',' or ']' after an array element"],
    ['{"a":1} x', 1, 9, "unexpected text after the end of the JSON value"],
    ['{"a":"x\ny"}', 1, 8, "line break or control character inside a string (write it as \\n)"],
    ['{"a":"\\q"}', 1, 7, "invalid escape sequence in a string"],
    ['{"a":-}', 1, 6, "invalid number"],
    ["{\n\n  tru}", 3, 3, "unexpected text, expected a property name in double quotes (text must be in double quotes)"],
  ])("%j → line %i, column %i", (text, line, column, reason) => {
    expect(jsonSyntaxError(text)).toMatchObject({ line, column, reason });
  });

  it("agrees with JSON.parse on valid and invalid texts (property)", () => {
    const nearJson = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom("", ",", "}", "]", '"', "'", ":", "x", "\n", "-", "0", "\\"))
      .map(([json, at, insert]) => {
        const i = at % (json.length + 1);
        return json.slice(0, i) + insert + json.slice(i);
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), nearJson, fc.string()), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(jsonSyntaxError(text) === null).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });
});
