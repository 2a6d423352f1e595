import { describe, expect, it } from "vitest";
import { keyValue } from "../secrets/credential-types/key-value.ts";
import { importPayload, parseImportFile } from "./import-parse.ts";

describe("parseImportFile", () => {
  it("gives each .env entry its line and lists invalid lines with numbers, without values", () => {
    const content = [
      "# header",
      "STRIPE_KEY=sk_live_1",
      "",
      "BROKEN LINE",
      "export DB_URL='postgres://x'",
      `${"A".repeat(130)}=toolong`,
      "1BAD=hunter2",
    ].join("\n");
    const { entries, invalid } = parseImportFile(content, "dotenv");
    expect(entries).toEqual([
      { line: 2, name: "STRIPE_KEY", value: "sk_live_1" },
      { line: 5, name: "DB_URL", value: "postgres://x" },
    ]);
    expect(invalid.map((i) => i.line)).toEqual([4, 6, 7]);
    expect(invalid[0]!.message).toBe("Line 4: missing '=' after the key.");
    expect(invalid[1]!.message).toMatch(/^Line 6: Secret name is too long/);
    expect(JSON.stringify(invalid)).not.toContain("hunter2");
  });

  it("finds the lines of JSON members and keeps names case-sensitive", () => {
    const { entries, invalid } = parseImportFile(
      '{\n  "Api_Key": "a",\n  "api_key": "b",\n  "NESTED": {"x": 1}\n}',
      "json",
    );
    expect(entries).toEqual([
      { line: 2, name: "Api_Key", value: "a" },
      { line: 3, name: "api_key", value: "b" },
    ]);
    expect(invalid).toEqual([
      { line: null, message: 'Key "NESTED" holds a nested object; only text, numbers and true/false can be imported.' },
    ]);
  });

  it("stores exactly the Key/Value payload the wizard would (so equal values have equal digests)", () => {
    const entry = { name: "STRIPE_KEY", value: "sk 1 \n" };
    const viaSchema = keyValue.payloadSchema.parse({ pairs: [{ value: entry.value, key: entry.name }] });
    expect(JSON.stringify(importPayload(entry))).toBe(JSON.stringify(viaSchema));
  });

  it("says so when there is nothing to import", () => {
    expect(parseImportFile("# only a comment\n", "dotenv").invalid).toEqual([
      { line: null, message: "The file has no entries to import." },
    ]);
  });

  it("reads 10,000 lines quickly", () => {
    const content = Array.from({ length: 10_000 }, (_, i) => `KEY_${i}=value-${i}`).join("\n");
    const started = performance.now();
    const { entries, invalid } = parseImportFile(content, "dotenv");
    expect(entries).toHaveLength(10_000);
    expect(invalid).toEqual([]);
    expect(entries[9_999]).toEqual({ line: 10_000, name: "KEY_9999", value: "value-9999" });
    console.log(`parseImportFile: 10,000 lines in ${Math.round(performance.now() - started)} ms`);
  });
});
