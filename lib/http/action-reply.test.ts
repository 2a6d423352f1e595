import { describe, expect, it } from "vitest";
import { checkActionReply, nestingDepth } from "./action-reply.ts";

const text = (json: string) => checkActionReply(new Map([["0", json]]));
const ok = { ok: true };
const UNACCEPTED = "The request holds a value this server does not accept.";

describe("checkActionReply", () => {
  it("accepts what React encodes JSON-able arguments and FormData to", () => {
    expect(text(JSON.stringify([{ name: "db", tags: ["a"], n: 1, on: true, none: null }]))).toEqual(ok);
    const special = ["$$escaped", "$undefined", "$D2026-01-01T00:00:00.000Z", "$NaN", "$-0", "$Infinity", "$T"];
    expect(text(JSON.stringify(special))).toEqual(ok);
    // A shared object is written once and referred to by its path; a FormData argument.
    expect(text('[{"a":[1]},"$0:0:a"]')).toEqual(ok);
    expect(checkActionReply(new Map([["0", '["$K1"]']]))).toEqual(ok);
    expect(
      checkActionReply(
        new Map([
          ["0", '["$1"]'],
          ["1", '{"x":1}'],
        ]),
      ),
    ).toEqual(ok);
  });

  it("refuses references to parts or paths that are not there", () => {
    for (const s of ['["$1"]', '["$0:5"]', '[{"a":"x"},"$0:0:a:b"]', '["$"]', '["$zz"]']) {
      expect(text(s), s).toEqual({ ok: false, message: UNACCEPTED });
    }
  });

  it("refuses encodings no Strongroom action takes: promise, Map, Set, server reference, Blob, stream, BigInt…", () => {
    for (const tag of ["@", "Q", "W", "i", "h", "F", "B", "R", "r", "X", "x", "n", "A", "o", "V", "H", "S"]) {
      const parts = new Map([
        ["0", JSON.stringify([`$${tag}1`])],
        ["1", "[]"],
      ]);
      expect(checkActionReply(parts).ok, tag).toBe(false);
    }
  });

  it("refuses deep nesting before parsing, malformed JSON, and a reply without part 0", () => {
    const tooDeep = { ok: false, message: "The request is nested too deeply (at most 64 levels)." };
    expect(text("[".repeat(100_000) + "]".repeat(100_000))).toEqual(tooDeep);
    expect(text("[".repeat(64) + "]".repeat(64))).toEqual(ok);
    expect(text("[nope")).toEqual({ ok: false, message: "The request is not valid." });
    expect(checkActionReply(new Map([["1", "[]"]]))).toEqual({ ok: false, message: "The request is not valid." });
  });
});

describe("nestingDepth", () => {
  it("ignores brackets inside strings, escaped quotes included", () => {
    expect(nestingDepth('["[[[", "\\"[[", {"a": [1]}]')).toBe(3);
    expect(nestingDepth('"plain"')).toBe(0);
  });
});
