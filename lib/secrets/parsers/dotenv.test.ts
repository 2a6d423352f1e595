import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDotenv } from "./dotenv.ts";
import { serializeDotenv } from "./serialize-dotenv.ts";

const pairsOf = (content: string) => parseDotenv(content).pairs;
const errorsOf = (content: string) => parseDotenv(content).errors;

describe("parseDotenv", () => {
  it("reads plain, exported, quoted and commented lines", () => {
    const content = [
      "# database",
      "",
      "DB_HOST=localhost",
      "export DB_PORT = 5432   ",
      "DB_PASSWORD='p@ss #not a comment'",
      'GREETING="hello\\nworld \\"quoted\\" \\\\ \\$HOME"',
      "URL=https://example.com/#anchor # a comment",
      "EMPTY=",
      "SPACED=  two words  ",
      "   INDENTED=yes",
      "export=plain",
    ].join("\n");
    expect(parseDotenv(content)).toEqual({
      pairs: [
        { key: "DB_HOST", value: "localhost" },
        { key: "DB_PORT", value: "5432" },
        { key: "DB_PASSWORD", value: "p@ss #not a comment" },
        { key: "GREETING", value: 'hello\nworld "quoted" \\ \\$HOME' },
        { key: "URL", value: "https://example.com/#anchor" },
        { key: "EMPTY", value: "" },
        { key: "SPACED", value: "two words" },
        { key: "INDENTED", value: "yes" },
        { key: "export", value: "plain" },
      ],
      errors: [],
    });
  });

  it("reads multi-line quoted values and keeps counting lines", () => {
    const content = "CERT=\"-----BEGIN\nabc  \n-----END\"\nKEY='a\nb'\nBROKEN\n";
    expect(pairsOf(content)).toEqual([
      { key: "CERT", value: "-----BEGIN\nabc  \n-----END" },
      { key: "KEY", value: "a\nb" },
    ]);
    expect(errorsOf(content)).toEqual([{ line: 6, message: "Line 6: missing '=' after the key." }]);
  });

  it("accepts CRLF line endings and a BOM", () => {
    expect(pairsOf('\uFEFFA=1\r\nB="x\r\ny"\r\n')).toEqual([
      { key: "A", value: "1" },
      { key: "B", value: "x\ny" },
    ]);
  });

  it("reports errors by line without quoting values", () => {
    const content = ["A=1", "", "# ok", "NO_EQUALS", "=value", "1BAD=x", 'Q="hunter2" trailing', "B=2", "A=3"].join(
      "\n",
    );
    const { pairs, errors } = parseDotenv(content);
    expect(errors.map((e) => e.message)).toEqual([
      "Line 4: missing '=' after the key.",
      "Line 5: missing key before '='.",
      `Line 6: Key "1BAD" must start with a letter or '_' and contain only letters, digits, '_', '.' and '-'.`,
      "Line 7: unexpected text after the closing quote (put a space before a # comment).",
      'Line 9: duplicate key "A" (first defined on line 1).',
    ]);
    expect(errors.map((e) => e.line)).toEqual([4, 5, 6, 7, 9]);
    expect(pairs).toEqual([
      { key: "A", value: "1" },
      { key: "B", value: "2" },
    ]);
    expect(JSON.stringify(errors)).not.toContain("hunter2");
  });

  it("reports an unterminated quote at its line and reads on from the next line", () => {
    const { pairs, errors } = parseDotenv('A="open\nB=2\nC=3');
    expect(errors).toEqual([{ line: 1, message: 'Line 1: the value has no closing double quote (").' }]);
    expect(pairs).toEqual([
      { key: "B", value: "2" },
      { key: "C", value: "3" },
    ]);
    expect(errorsOf("X='open")).toEqual([{ line: 1, message: "Line 1: the value has no closing single quote (')." }]);
  });

  it("allows a comment after a quoted value; keys with spaces are refused", () => {
    expect(parseDotenv('A="x" # note\nMY KEY=1')).toEqual({
      pairs: [{ key: "A", value: "x" }],
      errors: [
        {
          line: 2,
          message: `Line 2: Key "MY KEY" must start with a letter or '_' and contain only letters, digits, '_', '.' and '-'.`,
        },
      ],
    });
  });

  it("an empty file has no pairs and no errors", () => {
    expect(parseDotenv("")).toEqual({ pairs: [], errors: [] });
    expect(parseDotenv("\n# only comments\n\n")).toEqual({ pairs: [], errors: [] });
  });
});

describe("serializeDotenv", () => {
  it("quotes only when needed", () => {
    expect(
      serializeDotenv(
        [
          { key: "A", value: "plain-value_1.2/x:y@z" },
          { key: "B", value: "" },
          { key: "C", value: "has space $HOME #x" },
          { key: "D", value: 'it\'s\nmulti "line" \\' },
        ],
        { comment: "Exported from Strongroom" },
      ),
    ).toBe(
      `# Exported from Strongroom\nA=plain-value_1.2/x:y@z\nB=\nC='has space $HOME #x'\nD="it's\\nmulti \\"line\\" \\\\"\n`,
    );
  });

  it("refuses an invalid key", () => {
    expect(() => serializeDotenv([{ key: "BAD KEY", value: "x" }])).toThrow(/Cannot write \.env: Key "BAD KEY"/);
  });
});

const keyArb = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.-]{0,20}$/);
const valueArb = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: fc.constantFrom("a", " ", "'", '"', "\\", "#", "=", "\n", "\r", "\t", "$", "n"), maxLength: 20 }),
);
const pairsArb = fc.uniqueArray(fc.record({ key: keyArb, value: valueArb }), { selector: (p) => p.key, maxLength: 15 });

describe("round trip (property)", () => {
  it("parseDotenv(serializeDotenv(pairs)) gives the same pairs, without errors", () => {
    fc.assert(
      fc.property(pairsArb, (pairs) => {
        expect(parseDotenv(serializeDotenv(pairs))).toEqual({ pairs, errors: [] });
      }),
      { numRuns: 500 },
    );
  });

  it("also with a comment header and CRLF line endings", () => {
    fc.assert(
      fc.property(pairsArb, fc.string({ maxLength: 30 }), (pairs, comment) => {
        const crlf = serializeDotenv(pairs, { comment }).replace(/\n/g, "\r\n");
        expect(parseDotenv(crlf)).toEqual({ pairs, errors: [] });
      }),
      { numRuns: 300 },
    );
  });
});
