import { describe, expect, it } from "vitest";
import { z } from "zod";
import { safeText, textProblem } from "./text.ts";

describe("textProblem", () => {
  it("refuses C0, DEL and C1 control characters, naming the code point", () => {
    for (const [c, hex] of [
      ["\0", "0000"],
      ["\u0007", "0007"],
      ["\t", "0009"],
      ["\u007f", "007F"],
      ["\u0085", "0085"],
      ["\u009b", "009B"],
    ]) {
      expect(textProblem("Name", `a${c}b`)).toBe(`Name cannot contain control characters (it has U+${hex}).`);
    }
  });
  it("refuses line breaks in names; a description keeps line breaks and tabs but not other controls", () => {
    for (const v of ["a\nb", "a\rb", "a\u2028b"])
      expect(textProblem("Name", v)).toBe("Name cannot contain line breaks.");
    expect(textProblem("Description", "line 1\r\nline 2\tend", { multiline: true })).toBeNull();
    expect(textProblem("Description", "bell\u0007", { multiline: true })).toBe(
      "Description cannot contain control characters (it has U+0007).",
    );
  });
  it("refuses every bidirectional formatting character", () => {
    const bidi = [0x61c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069];
    for (const cp of bidi) {
      expect(textProblem("Name", `pay\u0020${String.fromCodePoint(cp)}roll`, { multiline: true })).toMatch(
        /^Name cannot contain invisible text-direction characters \(it has U\+[0-9A-F]{4}\)\.$/,
      );
    }
  });
  it("accepts ordinary text in any script", () => {
    for (const v of ["Payments", "Équipe données", "שלום", "مرحبا", "数据 团队", "emoji 🔐", "a-b_c.d (2)"])
      expect(textProblem("Name", v)).toBeNull();
  });
  it("works as a zod refinement", () => {
    const schema = z.string().superRefine(safeText("Name"));
    expect(schema.safeParse("ok").success).toBe(true);
    expect(schema.safeParse("no\u202Eway").error?.issues[0]?.message).toBe(
      "Name cannot contain invisible text-direction characters (it has U+202E).",
    );
  });
});
