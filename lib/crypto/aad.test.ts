import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ValueContext, valueAad } from "./aad.ts";

const id = fc.string({ minLength: 1, maxLength: 8, unit: "binary" });
const ctxArb = fc.record({ orgId: id, secretId: id, version: fc.maxSafeNat(), environmentId: id });

describe("valueAad", () => {
  it("is injective: distinct contexts never encode alike", () => {
    fc.assert(
      fc.property(ctxArb, ctxArb, (a, b) => {
        fc.pre(JSON.stringify(a) !== JSON.stringify(b));
        expect(valueAad(a).equals(valueAad(b))).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps its stored byte layout (changing it would make stored values undecryptable)", () => {
    const expected = [
      "00000010",
      Buffer.from("strongroom/value").toString("hex"), // label
      "0001", // format
      "00000003",
      "6f7267", // orgId "org"
      "00000002",
      "c3a9", // secretId "é"
      "0000000100000002", // version 2^32 + 2
      "00000001",
      "65", // environmentId "e"
    ].join("");
    expect(valueAad({ orgId: "org", secretId: "é", version: 2 ** 32 + 2, environmentId: "e" }).toString("hex")).toBe(
      expected,
    );
  });

  it("does not let separators move between fields", () => {
    const a: ValueContext = { orgId: "o", secretId: "ab", version: 1, environmentId: "c" };
    const b: ValueContext = { orgId: "oa", secretId: "b", version: 1, environmentId: "c" };
    expect(valueAad(a).equals(valueAad(b))).toBe(false);
  });

  it("depends on the format version", () => {
    expect(valueAad({ orgId: "o", secretId: "s", version: 1, environmentId: "e" }, 2)).not.toEqual(
      valueAad({ orgId: "o", secretId: "s", version: 1, environmentId: "e" }, 1),
    );
  });

  it("refuses empty ids and invalid versions", () => {
    const ok: ValueContext = { orgId: "o", secretId: "s", version: 1, environmentId: "e" };
    expect(() => valueAad({ ...ok, orgId: "" })).toThrow(/orgId/);
    expect(() => valueAad({ ...ok, version: -1 })).toThrow(/version/);
    expect(() => valueAad({ ...ok, version: 1.5 })).toThrow(/version/);
  });
});
