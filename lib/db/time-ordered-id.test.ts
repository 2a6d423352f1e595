import { describe, expect, it } from "vitest";
import { timeOrderedId } from "./time-ordered-id.ts";

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("timeOrderedId", () => {
  it("is a UUIDv7 carrying its millisecond", () => {
    const at = Date.UTC(2026, 11, 6, 12, 0, 0, 123);
    const id = timeOrderedId(at + 10_000_000); // later than any id made so far in this process
    expect(id).toMatch(UUID_V7);
    expect(parseInt(id.replace(/-/g, "").slice(0, 12), 16)).toBe(at + 10_000_000);
  });

  it("increases strictly, within one millisecond and when the clock steps back", () => {
    const base = Date.now() + 20_000_000;
    const ids = [
      ...Array.from({ length: 5000 }, () => timeOrderedId(base)), // more than the 4096 a millisecond holds
      timeOrderedId(base - 1_000),
      timeOrderedId(base + 1),
    ];
    for (let i = 1; i < ids.length; i++) expect(ids[i]! > ids[i - 1]!, `id ${i}`).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(UUID_V7);
  });
});
