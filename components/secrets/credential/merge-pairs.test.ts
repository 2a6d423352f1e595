import { describe, expect, it } from "vitest";
import { mergePairs, mergePreview, typedPairs } from "./merge-pairs.ts";

const typed = [
  { key: "API_TOKEN", value: "typed-token" },
  { key: "REGION", value: "eu" },
];
const loaded = [
  { key: "DB_PASSWORD", value: "from-file" },
  { key: "API_TOKEN", value: "file-token" },
];

describe("mergePairs", () => {
  it("keeps typed rows in place, lets the file's value replace a typed key's, and adds the rest at the end", () => {
    expect(mergePairs(typed, loaded)).toEqual([
      { key: "API_TOKEN", value: "file-token" },
      { key: "REGION", value: "eu" },
      { key: "DB_PASSWORD", value: "from-file" },
    ]);
    expect(typed[0]!.value).toBe("typed-token");
  });

  it("is the file's pairs when nothing was typed", () => {
    expect(mergePairs([], loaded)).toEqual(loaded);
  });
});

describe("mergePreview", () => {
  it("names the added and the replaced keys", () => {
    expect(mergePreview(typed, loaded)).toEqual({ added: ["DB_PASSWORD"], replaced: ["API_TOKEN"] });
  });
});

describe("typedPairs", () => {
  it("leaves out blank rows, keeps rows with only a key or only a value", () => {
    expect(
      typedPairs([
        { key: "", value: "" },
        { key: "A", value: "" },
        { key: "", value: "v" },
      ]),
    ).toEqual([
      { key: "A", value: "" },
      { key: "", value: "v" },
    ]);
  });
});
