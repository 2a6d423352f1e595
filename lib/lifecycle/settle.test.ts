import { describe, expect, it } from "vitest";
import { addDays } from "../time/days.ts";
import { settle } from "./settle.ts";
import type { LifecycleRow } from "./timed-transitions.ts";

const T0 = new Date("2026-03-01T08:00:00.000Z");
const periods = { inactivityDays: 30, graceDays: 30, tombstoneDays: 30 };
const row = (over: Partial<LifecycleRow> = {}): LifecycleRow => ({
  status: "ACTIVE",
  idleSince: T0,
  expiresAt: null,
  inactiveSince: null,
  deletionDueAt: null,
  ...over,
});
const day = (n: number) => addDays(T0, n);

describe("settle", () => {
  it("does nothing to a secret used within the inactivity period (the last day still counts)", () => {
    expect(settle(row(), periods, new Date(day(30).getTime() - 1))).toBeNull();
  });

  it("makes an Active secret Inactive after 30 days, with deletion due 30 days after that", () => {
    expect(settle(row(), periods, day(30))).toEqual({
      kind: "inactivate",
      steps: ["inactivate"],
      data: { status: "INACTIVE", inactiveSince: day(30), deletionDueAt: day(60) },
    });
  });

  it("gives the same dates when the sweep runs late", () => {
    expect(settle(row(), periods, day(59))?.data).toMatchObject({ inactiveSince: day(30), deletionDueAt: day(60) });
  });

  it("deletes an Inactive secret when its deletion comes due, not before, dated on its due day", () => {
    const inactive = row({ status: "INACTIVE", inactiveSince: day(30), deletionDueAt: day(60) });
    expect(settle(inactive, periods, new Date(day(60).getTime() - 1))).toBeNull();
    expect(settle(inactive, periods, day(75))).toEqual({
      kind: "dueDeletion",
      steps: ["dueDeletion"],
      data: {
        status: "DELETED",
        liveName: null,
        inactiveSince: null,
        deletedAt: day(60),
        deletionDueAt: null,
        purgeAt: day(90),
      },
    });
  });

  it("goes from Active through Inactive to Deleted when the sweep did not run for the whole grace period", () => {
    expect(settle(row(), periods, day(61))).toMatchObject({
      kind: "dueDeletion",
      steps: ["inactivate", "dueDeletion"],
      data: { status: "DELETED", inactiveSince: null, deletedAt: day(60), purgeAt: day(90) },
    });
  });

  it("deletes a scheduled secret on its day, whatever its expiry", () => {
    const scheduled = row({ status: "SCHEDULED_FOR_DELETION", deletionDueAt: day(30), expiresAt: day(5) });
    expect(settle(scheduled, periods, day(29))).toBeNull();
    expect(settle(scheduled, periods, day(30))?.kind).toBe("dueDeletion");
  });

  describe("expiry and inactivity together", () => {
    it("expires an Active secret whose date passed", () => {
      expect(settle(row({ expiresAt: day(10) }), periods, day(10))?.kind).toBe("expire");
    });

    it("expires rather than inactivates when both fell due before the sweep, expiry first", () => {
      expect(settle(row({ expiresAt: day(29) }), periods, day(45))?.steps).toEqual(["expire"]);
      expect(settle(row({ expiresAt: day(30) }), periods, day(45))?.steps).toEqual(["expire"]);
    });

    it("expires a secret that became Inactive first, cancelling its automatic deletion", () => {
      expect(settle(row({ expiresAt: day(40) }), periods, day(45))).toEqual({
        kind: "expire",
        steps: ["inactivate", "expire"],
        data: { status: "EXPIRED", inactiveSince: null, deletionDueAt: null },
      });
      const inactive = row({ status: "INACTIVE", inactiveSince: day(30), deletionDueAt: day(60), expiresAt: day(59) });
      expect(settle(inactive, periods, day(59))?.kind).toBe("expire");
    });

    it("deletes a secret whose deletion came due before (or on) its expiration date", () => {
      expect(settle(row({ expiresAt: day(62) }), periods, day(65))?.kind).toBe("dueDeletion");
      const inactive = row({ status: "INACTIVE", inactiveSince: day(30), deletionDueAt: day(60), expiresAt: day(60) });
      expect(settle(inactive, periods, day(61))?.kind).toBe("dueDeletion");
    });

    it("makes a secret with a later expiration date Inactive, not Expired", () => {
      expect(settle(row({ expiresAt: day(50) }), periods, day(45))?.kind).toBe("inactivate");
    });
  });

  it("restores an Expired secret whose expiration date was moved into the future or removed", () => {
    expect(settle(row({ status: "EXPIRED", expiresAt: day(100) }), periods, day(50))).toEqual({
      kind: "restore",
      steps: ["restore"],
      data: { status: "ACTIVE", idleSince: day(50) },
    });
    expect(settle(row({ status: "EXPIRED", expiresAt: null }), periods, day(50))?.kind).toBe("restore");
    expect(settle(row({ status: "EXPIRED", expiresAt: day(10) }), periods, day(50))).toBeNull();
  });

  it("follows the organization's periods", () => {
    const short = { inactivityDays: 10, graceDays: 5, tombstoneDays: 1 };
    expect(settle(row(), short, day(10))?.data.deletionDueAt).toEqual(day(15));
  });

  it("never touches a Deleted secret", () => {
    expect(settle(row({ status: "DELETED", expiresAt: day(1) }), periods, day(500))).toBeNull();
  });
});
