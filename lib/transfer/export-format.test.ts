import { describe, expect, it } from "vitest";
import { parseImportFile } from "./import-parse.ts";
import { exportPairs, renderExport, upperSnake } from "./export-format.ts";

const kv = (name: string, pairs: [string, string][]) => ({
  name,
  type: "KEY_VALUE",
  metadata: { type: "KEY_VALUE" },
  payload: { pairs: pairs.map(([key, value]) => ({ key, value })) },
});

describe("export format", () => {
  it("names variables like the CLI and skips repeats and invalid names", () => {
    const { pairs, skipped } = exportPairs([
      {
        name: "stripe_api_key",
        type: "API_KEY",
        metadata: { type: "API_KEY", headerName: "X-API-Key" },
        payload: { value: "sk_1" },
      },
      kv("DB_URL", [["DB_URL", "postgres://x"]]),
      kv("dup", [
        ["DB_URL", "other"],
        ["1BAD", "x"],
      ]),
    ]);
    expect(pairs).toEqual([
      { key: "STRIPE_API_KEY_HEADER_NAME", value: "X-API-Key" },
      { key: "STRIPE_API_KEY_VALUE", value: "sk_1" },
      { key: "DB_URL", value: "postgres://x" },
    ]);
    expect(skipped).toEqual([
      "DB_URL (from dup): already exported from DB_URL",
      "1BAD (from dup): not a valid variable name",
    ]);
    expect(upperSnake("clientSecret")).toBe("CLIENT_SECRET");
  });

  it("round-trips through Import for both formats", () => {
    const pairs = [
      { key: "A", value: "plain" },
      { key: "B", value: "multi\nline 'quoted' \"x\" # not a comment" },
    ];
    for (const format of ["dotenv", "json"] as const) {
      const parsed = parseImportFile(renderExport(pairs, format, "Exported from Strongroom"), format);
      expect(parsed.invalid).toEqual([]);
      expect(parsed.entries.map(({ name, value }) => ({ key: name, value }))).toEqual(pairs);
    }
  });

  it("exports and imports Key/Value keys such as __proto__ and constructor like any other", () => {
    const keys = ["__proto__", "constructor", "toString"];
    const { pairs, skipped } = exportPairs([
      kv(
        "proto",
        keys.map((k) => [k, `value of ${k}`]),
      ),
    ]);
    expect([pairs.map((p) => p.key), skipped]).toEqual([keys, []]);
    for (const format of ["dotenv", "json"] as const) {
      const parsed = parseImportFile(renderExport(pairs, format, "Exported from Strongroom"), format);
      expect(parsed.entries.map(({ name, value }) => [name, value])).toEqual(keys.map((k) => [k, `value of ${k}`]));
    }
  });
});
