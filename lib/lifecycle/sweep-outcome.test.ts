import { describe, expect, it } from "vitest";
import { sweepOutcome, type SweepRow } from "./sweep-outcome.ts";
import { addDays } from "./transitions.ts";

const T0 = new Date("2026-03-01T08:00:00.000Z");
const settings = { inactivityDays: 30, graceDays: 30, tombstoneDays: 30, deletionReminderDays: [15, 10, 1], expiryReminderDays: [30, 7, 1] };
const row = (over: Partial<SweepRow> = {}): SweepRow => ({
  status: "ACTIVE",
  idleSince: T0,
  expiresAt: null,
  inactiveSince: null,
  deletionDueAt: null,
  ...over,
});
const day = (n: number) => addDays(T0, n);

describe("sweepOutcome", () => {
  it("does nothing to a secret used within the inactivity period (the last day still counts)", () => {
    expect(sweepOutcome(row(), settings, new Date(day(30).getTime() - 1))).toBeNull();
  });

  it("makes an Active secret Inactive after 30 days, with deletion due 30 days after that", () => {
    expect(sweepOutcome(row(), settings, day(30))).toEqual({
      kind: "inactivate",
      data: { status: "INACTIVE", inactiveSince: day(30), deletionDueAt: day(60) },
    });
  });

  it("gives the same dates when the sweep runs late", () => {
    expect(sweepOutcome(row(), settings, day(59))?.data).toMatchObject({ inactiveSince: day(30), deletionDueAt: day(60) });
  });

  it("deletes an Inactive secret when its deletion comes due, not before", () => {
    const inactive = row({ status: "INACTIVE", inactiveSince: day(30), deletionDueAt: day(60) });
    expect(sweepOutcome(inactive, settings, new Date(day(60).getTime() - 1))).toBeNull();
    expect(sweepOutcome(inactive, settings, day(60))).toMatchObject({ kind: "delete", mode: "automatic", data: { status: "DELETED", purgeAt: day(90) } });
  });

  it("goes straight from Active to Deleted when the sweep did not run for the whole grace period", () => {
    expect(sweepOutcome(row(), settings, day(61))).toMatchObject({ kind: "delete", mode: "automatic", data: { deletedAt: day(61) } });
  });

  it("deletes a scheduled secret on its day, whatever its expiry", () => {
    const scheduled = row({ status: "SCHEDULED_FOR_DELETION", deletionDueAt: day(30), expiresAt: day(5) });
    expect(sweepOutcome(scheduled, settings, day(29))).toBeNull();
    expect(sweepOutcome(scheduled, settings, day(30))).toMatchObject({ kind: "delete", mode: "scheduled" });
  });

  describe("expiry and inactivity together", () => {
    it("expires an Active secret whose date passed", () => {
      expect(sweepOutcome(row({ expiresAt: day(10) }), settings, day(10))?.kind).toBe("expire");
    });

    it("expires rather than inactivates when both fell due before the sweep, expiry first", () => {
      expect(sweepOutcome(row({ expiresAt: day(29) }), settings, day(45))?.kind).toBe("expire");
      expect(sweepOutcome(row({ expiresAt: day(30) }), settings, day(45))?.kind).toBe("expire");
    });

    it("expires a secret that became Inactive first, cancelling its automatic deletion", () => {
      expect(sweepOutcome(row({ expiresAt: day(40) }), settings, day(45))).toEqual({
        kind: "expire",
        data: { status: "EXPIRED", inactiveSince: null, deletionDueAt: null },
      });
      const inactive = row({ status: "INACTIVE", inactiveSince: day(30), deletionDueAt: day(60), expiresAt: day(59) });
      expect(sweepOutcome(inactive, settings, day(59))?.kind).toBe("expire");
    });

    it("deletes a secret whose deletion came due before its expiration date", () => {
      expect(sweepOutcome(row({ expiresAt: day(62) }), settings, day(65))?.kind).toBe("delete");
      const inactive = row({ status: "INACTIVE", inactiveSince: day(30), deletionDueAt: day(60), expiresAt: day(60) });
      expect(sweepOutcome(inactive, settings, day(61))?.kind).toBe("delete");
    });

    it("makes an Inactive secret with a later expiration date Inactive, not Expired", () => {
      expect(sweepOutcome(row({ expiresAt: day(50) }), settings, day(45))?.kind).toBe("inactivate");
    });
  });

  it("restores an Expired secret whose expiration date was moved into the future or removed", () => {
    expect(sweepOutcome(row({ status: "EXPIRED", expiresAt: day(100) }), settings, day(50))).toEqual({
      kind: "restore",
      data: { status: "ACTIVE", idleSince: day(50) },
    });
    expect(sweepOutcome(row({ status: "EXPIRED", expiresAt: null }), settings, day(50))?.kind).toBe("restore");
    expect(sweepOutcome(row({ status: "EXPIRED", expiresAt: day(10) }), settings, day(50))).toBeNull();
  });

  it("never touches a Deleted secret", () => {
    expect(sweepOutcome(row({ status: "DELETED", expiresAt: day(1) }), settings, day(500))).toBeNull();
  });
});
