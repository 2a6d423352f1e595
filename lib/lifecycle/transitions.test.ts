import { describe, expect, it } from "vitest";
import { ConflictError } from "../errors/index.ts";
import { addDays } from "../time/days.ts";
import {
  cancelDeletionTransition,
  deleteNowTransition,
  registerTransition,
  scheduleDeletionTransition,
  useTransition,
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
    expect(t.data).toMatchObject({
      status: "ACTIVE",
      deletionScheduledAt: null,
      deletionDueAt: null,
      inactiveSince: null,
    });
    expect(t.data.idleSince).toEqual(addDays(T0, 10));
  });

  it("can cancel on the last day, one millisecond before the due time", () => {
    const t = cancelDeletionTransition(scheduled, new Date(addDays(T0, 30).getTime() - 1));
    expect(t.data.status).toBe("ACTIVE");
  });

  it("refuses after the due time even if the sweep has not run yet", () => {
    expect(() => cancelDeletionTransition(scheduled, addDays(T0, 30))).toThrow(
      /came due on 2026-01-31 and can no longer be cancelled/,
    );
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

describe("registerTransition", () => {
  it("starts Active with its first inactivity period", () => {
    expect(registerTransition(T0)).toEqual({ status: "ACTIVE", idleSince: T0 });
  });
});

describe("useTransition", () => {
  it("records the use and starts a new inactivity period", () => {
    expect(useTransition(facts(), T0)).toEqual({ reactivated: false, data: { lastUsedAt: T0, idleSince: T0 } });
  });

  it("reactivates an Inactive secret and cancels its automatic deletion (a use on the last day counts)", () => {
    const lastDay = facts({ status: "INACTIVE", deletionDueAt: addDays(T0, 0.99) });
    expect(useTransition(lastDay, T0)).toEqual({
      reactivated: true,
      data: { lastUsedAt: T0, idleSince: T0, status: "ACTIVE", inactiveSince: null, deletionDueAt: null },
    });
  });
});

describe("deleteNowTransition", () => {
  it("deletes at once and frees the name; the tombstone is purged after the organization's period", () => {
    const inactive = facts({ status: "INACTIVE", deletionDueAt: addDays(T0, 1) });
    expect(deleteNowTransition(inactive, { tombstoneDays: 7 }, T0)).toEqual({
      status: "DELETED",
      liveName: null,
      inactiveSince: null,
      deletedAt: T0,
      deletionDueAt: null,
      purgeAt: addDays(T0, 7),
    });
  });

  it("dates a secret whose deletion already came due on its due day, as the sweep would", () => {
    const due = facts({ status: "INACTIVE", deletionDueAt: addDays(T0, -2) });
    expect(deleteNowTransition(due, { tombstoneDays: 7 }, T0)).toMatchObject({
      deletedAt: addDays(T0, -2),
      purgeAt: addDays(T0, 5),
    });
  });
});
