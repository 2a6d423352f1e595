import { describe, expect, it } from "vitest";
import { ConflictError } from "../errors/index.ts";
import {
  addDays,
  cancelDeletionTransition,
  dueDeletionTransition,
  expireTransition,
  inactivateTransition,
  scheduleDeletionTransition,
} from "./transitions.ts";

const T0 = new Date("2026-01-01T12:00:00.000Z");
const settings = { inactivityDays: 30, graceDays: 30, tombstoneDays: 30 };
const facts = (over: Partial<{ status: string; expiresAt: Date | null; deletionDueAt: Date | null }> = {}) => ({
  name: "stripe_api_key",
  status: "ACTIVE",
  expiresAt: null,
  deletionDueAt: null,
  ...over,
});

describe("scheduleDeletionTransition", () => {
  it.each(["ACTIVE", "INACTIVE", "EXPIRED"])("schedules a %s secret for deletion a grace period later", (status) => {
    const deletionDueAt = status === "INACTIVE" ? addDays(T0, 20) : null;
    const t = scheduleDeletionTransition(facts({ status, deletionDueAt }), settings, T0);
    expect(t.data).toMatchObject({ status: "SCHEDULED_FOR_DELETION", deletionScheduledAt: T0, inactiveSince: null });
    expect(t.data.deletionDueAt).toEqual(addDays(T0, 30));
    expect(t.deletionDueAt).toEqual(addDays(T0, 30));
  });

  it("uses the organization's grace period", () => {
    expect(scheduleDeletionTransition(facts(), { graceDays: 7 }, T0).data.deletionDueAt).toEqual(addDays(T0, 7));
  });

  it("refuses a secret already scheduled, naming the date", () => {
    const f = facts({ status: "SCHEDULED_FOR_DELETION", deletionDueAt: addDays(T0, 3) });
    expect(() => scheduleDeletionTransition(f, settings, T0)).toThrow(ConflictError);
    expect(() => scheduleDeletionTransition(f, settings, T0)).toThrow(/already scheduled for deletion on 2026-01-04/);
  });

  it("refuses a deleted secret, and one whose automatic deletion came due before the sweep ran", () => {
    expect(() => scheduleDeletionTransition(facts({ status: "DELETED" }), settings, T0)).toThrow(/was deleted/);
    const due = facts({ status: "INACTIVE", deletionDueAt: addDays(T0, -1) });
    expect(() => scheduleDeletionTransition(due, settings, T0)).toThrow(ConflictError);
  });
});

describe("cancelDeletionTransition", () => {
  const scheduled = facts({ status: "SCHEDULED_FOR_DELETION", deletionDueAt: addDays(T0, 30) });

  it("restores Active and starts a new inactivity period", () => {
    const t = cancelDeletionTransition(scheduled, addDays(T0, 10));
    expect(t.data).toMatchObject({ status: "ACTIVE", deletionScheduledAt: null, deletionDueAt: null, inactiveSince: null });
    expect(t.data.idleSince).toEqual(addDays(T0, 10));
  });

  it("can cancel on the last day, one millisecond before the due time", () => {
    const t = cancelDeletionTransition(scheduled, new Date(addDays(T0, 30).getTime() - 1));
    expect(t.data.status).toBe("ACTIVE");
  });

  it("refuses after the due time even if the sweep has not run yet", () => {
    expect(() => cancelDeletionTransition(scheduled, addDays(T0, 30))).toThrow(/came due on 2026-01-31 and can no longer be cancelled/);
  });

  it("restores Expired when the expiration date passed while scheduled", () => {
    const f = { ...scheduled, expiresAt: addDays(T0, 5) };
    expect(cancelDeletionTransition(f, addDays(T0, 6)).data.status).toBe("EXPIRED");
  });

  it.each(["ACTIVE", "INACTIVE", "EXPIRED"])("refuses a %s secret: it is not scheduled", (status) => {
    const f = facts({ status, deletionDueAt: status === "INACTIVE" ? addDays(T0, 5) : null });
    expect(() => cancelDeletionTransition(f, T0)).toThrow(/is not scheduled for deletion/);
  });

  it("refuses a deleted secret", () => {
    expect(() => cancelDeletionTransition(facts({ status: "DELETED" }), T0)).toThrow(/was deleted/);
  });
});

describe("inactivateTransition", () => {
  it("is not due one millisecond before the inactivity period ends", () => {
    const idleSince = T0;
    expect(inactivateTransition({ status: "ACTIVE", idleSince }, settings, new Date(addDays(T0, 30).getTime() - 1))).toBeNull();
  });

  it("dates inactivity and deletion from the end of the period, not from when the sweep ran", () => {
    const t = inactivateTransition({ status: "ACTIVE", idleSince: T0 }, settings, addDays(T0, 45));
    expect(t?.data).toEqual({ status: "INACTIVE", inactiveSince: addDays(T0, 30), deletionDueAt: addDays(T0, 60) });
  });

  it("follows the organization's periods", () => {
    const t = inactivateTransition({ status: "ACTIVE", idleSince: T0 }, { inactivityDays: 10, graceDays: 5 }, addDays(T0, 10));
    expect(t?.data.deletionDueAt).toEqual(addDays(T0, 15));
  });

  it.each(["INACTIVE", "SCHEDULED_FOR_DELETION", "EXPIRED", "DELETED"])("leaves a %s secret alone", (status) => {
    expect(inactivateTransition({ status, idleSince: T0 }, settings, addDays(T0, 90))).toBeNull();
  });
});

describe("expireTransition", () => {
  it.each(["ACTIVE", "INACTIVE"])("expires a %s secret at its expiration date and cancels automatic deletion", (status) => {
    const t = expireTransition({ status, expiresAt: T0 }, T0);
    expect(t?.data).toEqual({ status: "EXPIRED", inactiveSince: null, deletionDueAt: null });
  });

  it("is not due before the date or without one", () => {
    expect(expireTransition({ status: "ACTIVE", expiresAt: addDays(T0, 1) }, T0)).toBeNull();
    expect(expireTransition({ status: "ACTIVE", expiresAt: null }, T0)).toBeNull();
  });

  it.each(["SCHEDULED_FOR_DELETION", "EXPIRED", "DELETED"])("leaves a %s secret alone", (status) => {
    expect(expireTransition({ status, expiresAt: addDays(T0, -1) }, T0)).toBeNull();
  });
});

describe("dueDeletionTransition", () => {
  it.each(["INACTIVE", "SCHEDULED_FOR_DELETION"])("deletes a %s secret on its due time, with a tombstone purge date", (status) => {
    const t = dueDeletionTransition({ status, deletionDueAt: T0 }, settings, addDays(T0, 2));
    expect(t?.data).toEqual({ status: "DELETED", liveName: null, deletedAt: addDays(T0, 2), deletionDueAt: null, purgeAt: addDays(T0, 32) });
  });

  it("is not due before the due time", () => {
    expect(dueDeletionTransition({ status: "INACTIVE", deletionDueAt: addDays(T0, 1) }, settings, T0)).toBeNull();
  });

  it.each(["ACTIVE", "EXPIRED", "DELETED"])("leaves a %s secret alone", (status) => {
    expect(dueDeletionTransition({ status, deletionDueAt: addDays(T0, -1) }, settings, T0)).toBeNull();
  });
});
