import { describe, expect, it } from "vitest";
import { fillPlaceholders, inputNames, placeholderTokens, secretPlaceholder } from "./placeholders.ts";

describe("placeholders", () => {
  it("finds tokens, not JSON braces", () => {
    expect(placeholderTokens('https://api.github.com/repos/{owner}/{repo}/issues {"a": {owner}}')).toEqual([
      "owner",
      "repo",
    ]);
    expect(placeholderTokens('{"owner": "x"}')).toEqual([]);
  });
  it("tells secret fields from inputs by the longest secret name", () => {
    expect(secretPlaceholder("db.creds.PASSWORD", ["db", "db.creds"])).toEqual({
      secretName: "db.creds",
      key: "PASSWORD",
    });
    expect(secretPlaceholder("owner", ["db"])).toBeNull();
    expect(inputNames(["{owner}/{db.USER}", "{owner} {id}"], ["db"])).toEqual(["owner", "id"]);
  });
  it("fills known tokens and leaves the others", () => {
    expect(fillPlaceholders("/{a}/{b}", (t) => (t === "a" ? "x y" : undefined))).toBe("/x y/{b}");
  });
});
