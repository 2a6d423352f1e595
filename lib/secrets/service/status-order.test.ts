import { describe, expect, it } from "vitest";
import { effectiveStatus } from "../../lifecycle/status.ts";
import { statusSlices, STATUS_ORDER } from "./status-order.ts";

describe("statusSlices", () => {
  it("takes a page across status groups in order", () => {
    // Active 3, Expired 0, Inactive 4, Scheduled 5; page 2 of size 4 = rows 4..7.
    expect(statusSlices(STATUS_ORDER, [3, 0, 4, 5], 4, 4)).toEqual([
      { status: "INACTIVE", skip: 1, take: 3 },
      { status: "SCHEDULED_FOR_DELETION", skip: 0, take: 1 },
    ]);
  });

  it("returns nothing past the end and stops when the page is full", () => {
    expect(statusSlices(STATUS_ORDER, [1, 1, 1, 1], 10, 5)).toEqual([]);
    expect(statusSlices(STATUS_ORDER, [10, 10, 0, 0], 0, 5)).toEqual([{ status: "ACTIVE", skip: 0, take: 5 }]);
  });
});

describe("STATUS_ORDER", () => {
  it("is the order of the words on screen, and holds every status a listed secret can have", () => {
    const now = new Date("2026-12-07T12:00:00Z");
    const seen = new Set(
      ["ACTIVE", "INACTIVE", "EXPIRED", "SCHEDULED_FOR_DELETION"].flatMap((status) =>
        [null, new Date("2026-01-01"), new Date("2027-01-01")].map((expiresAt) =>
          effectiveStatus({ status, expiresAt, deletionDueAt: null }, now),
        ),
      ),
    );
    expect([...seen].every((s) => (STATUS_ORDER as readonly string[]).includes(s))).toBe(true);
    expect([...STATUS_ORDER]).toEqual([...STATUS_ORDER].sort());
  });
});
