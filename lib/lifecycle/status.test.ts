import { describe, expect, it } from "vitest";
import { addDays } from "../time/days.ts";
import { effectiveStatus, usabilityProblem, type LifecycleFacts } from "./status.ts";

const T0 = new Date("2026-05-10T10:00:00.000Z");
const facts = (over: Partial<LifecycleFacts> = {}): LifecycleFacts => ({
  name: "db_password",
  status: "ACTIVE",
  expiresAt: null,
  deletionDueAt: null,
  ...over,
});

describe("effectiveStatus", () => {
  it("is the stored status while nothing has come due", () => {
    expect(effectiveStatus(facts(), T0)).toBe("ACTIVE");
    expect(effectiveStatus(facts({ status: "INACTIVE", deletionDueAt: addDays(T0, 1) }), T0)).toBe("INACTIVE");
    expect(effectiveStatus(facts({ status: "SCHEDULED_FOR_DELETION", deletionDueAt: addDays(T0, 1) }), T0)).toBe(
      "SCHEDULED_FOR_DELETION",
    );
  });

  it("is Expired from the expiration date on, before the sweep records it", () => {
    expect(effectiveStatus(facts({ expiresAt: addDays(T0, 1) }), T0)).toBe("ACTIVE");
    expect(effectiveStatus(facts({ expiresAt: T0 }), T0)).toBe("EXPIRED");
    expect(effectiveStatus(facts({ status: "INACTIVE", expiresAt: T0, deletionDueAt: addDays(T0, 3) }), T0)).toBe(
      "EXPIRED",
    );
  });

  it("is Deleted once a deletion came due, before the sweep records it", () => {
    expect(effectiveStatus(facts({ status: "INACTIVE", deletionDueAt: T0 }), T0)).toBe("DELETED");
    expect(
      effectiveStatus(facts({ status: "SCHEDULED_FOR_DELETION", deletionDueAt: T0, expiresAt: addDays(T0, -5) }), T0),
    ).toBe("DELETED");
  });

  it("is Expired, not Deleted, when the expiry came before an automatic deletion (as the sweep decides)", () => {
    const inactive = facts({ status: "INACTIVE", expiresAt: addDays(T0, -3), deletionDueAt: addDays(T0, -1) });
    expect(effectiveStatus(inactive, T0)).toBe("EXPIRED");
    expect(effectiveStatus({ ...inactive, expiresAt: addDays(T0, -1) }, T0)).toBe("DELETED");
  });

  it("keeps Scheduled for deletion ahead of an expiry", () => {
    expect(
      effectiveStatus(
        facts({ status: "SCHEDULED_FOR_DELETION", deletionDueAt: addDays(T0, 2), expiresAt: addDays(T0, -1) }),
        T0,
      ),
    ).toBe("SCHEDULED_FOR_DELETION");
  });

  it("is Active again when an Expired secret's date was moved into the future or removed", () => {
    expect(effectiveStatus(facts({ status: "EXPIRED", expiresAt: addDays(T0, 1) }), T0)).toBe("ACTIVE");
    expect(effectiveStatus(facts({ status: "EXPIRED", expiresAt: null }), T0)).toBe("ACTIVE");
  });
});

describe("usabilityProblem", () => {
  it("lets Active and Inactive secrets be used", () => {
    expect(usabilityProblem(facts(), T0)).toBeNull();
    expect(usabilityProblem(facts({ status: "INACTIVE", deletionDueAt: addDays(T0, 0.5) }), T0)).toBeNull();
  });

  it("refuses an expired secret, naming the date", () => {
    expect(usabilityProblem(facts({ expiresAt: addDays(T0, -2) }), T0)).toEqual({
      code: "secret_expired",
      message: 'The secret "db_password" expired on 2026-05-08 and cannot be used.',
    });
  });

  it("refuses a secret scheduled for deletion until the deletion is cancelled", () => {
    const p = usabilityProblem(facts({ status: "SCHEDULED_FOR_DELETION", deletionDueAt: addDays(T0, 3) }), T0);
    expect(p?.code).toBe("secret_scheduled_for_deletion");
    expect(p?.message).toMatch(/on 2026-05-13 and cannot be used until someone cancels the deletion/);
  });

  it("refuses a secret whose automatic deletion came due, even before the sweep ran", () => {
    const p = usabilityProblem(facts({ status: "INACTIVE", deletionDueAt: addDays(T0, -1) }), T0);
    expect(p).toEqual({
      code: "secret_deleted",
      message: 'The secret "db_password" was deleted on 2026-05-09 and can no longer be used.',
    });
    expect(usabilityProblem(facts({ status: "DELETED" }), T0)?.code).toBe("secret_deleted");
  });
});
