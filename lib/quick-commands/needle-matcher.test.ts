import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { needleMatcher } from "./needle-matcher.ts";

const lower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** Every occurrence of every needle, found one by one, then merged where they overlap. */
function naiveRanges(text: string, needles: string[]): [number, number][] {
  const all: [number, number][] = [];
  for (const n of needles.filter(Boolean)) {
    const [t, needle] = [lower(text), lower(n)];
    for (let i = t.indexOf(needle); i !== -1; i = t.indexOf(needle, i + 1)) all.push([i, i + n.length]);
  }
  all.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of all) {
    const last = merged[merged.length - 1];
    if (last && last[1] > s) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

function naiveOverhang(text: string, needles: string[]): number {
  let best = 0;
  for (const n of needles) {
    for (let k = Math.min(n.length, text.length); k > best; k--) {
      if (lower(text.slice(text.length - k)) === lower(n.slice(0, k))) best = k;
    }
  }
  return best;
}

// A small alphabet, so that needles overlap, nest and share prefixes and suffixes.
const word = fc.string({ unit: fc.constantFrom("a", "A", "b", "B", "c", "é"), maxLength: 6 });
const text = fc.string({ unit: fc.constantFrom("a", "b", "B", "c", "É", "é"), maxLength: 60 });

describe("needleMatcher", () => {
  it("finds what a search for each needle finds, overlaps merged, ignoring ASCII case", () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), text, (needles, body) => {
        const m = needleMatcher(needles.filter(Boolean));
        expect(m.ranges(body)).toEqual(naiveRanges(body, needles));
        expect(m.overhang(body)).toBe(naiveOverhang(body, needles.filter(Boolean)));
      }),
      { numRuns: 500 },
    );
  });

  it("keeps non-ASCII case apart", () => {
    expect(needleMatcher(["é"]).ranges("É é")).toEqual([[2, 3]]);
  });

  it("finds nothing without needles", () => {
    expect(needleMatcher([]).ranges("abc")).toEqual([]);
    expect(needleMatcher([]).overhang("abc")).toBe(0);
  });
});
