import { describe, expect, it } from "vitest";
import { daysLeft, deletionReminder, expiryReminder, reactivated } from "./messages.ts";
import { DAY_MS } from "../time/days.ts";

const now = new Date("2026-03-01T10:00:00.000Z");
const inDays = (d: number) => new Date(now.getTime() + d * DAY_MS);

describe("reminder texts", () => {
  it("count whole days left, rounding up, at least 1", () => {
    expect(daysLeft(inDays(15), now)).toBe(15);
    expect(daysLeft(inDays(14.2), now)).toBe(15);
    expect(daysLeft(inDays(0.1), now)).toBe(1);
    expect(daysLeft(inDays(-1), now)).toBe(1);
  });

  it("name the secret, the date and what to do", () => {
    expect(deletionReminder("db_password", inDays(10), now, false)).toEqual({
      kind: "DELETION_REMINDER",
      title: '"db_password" will be deleted in 10 days',
      body: 'The secret "db_password" has not been used for a while and is Inactive. It will be deleted automatically on 2026-03-11; using it cancels the deletion.',
    });
    expect(deletionReminder("db_password", inDays(1), now, true).title).toBe('"db_password" will be deleted in 1 day');
    expect(deletionReminder("db_password", inDays(1), now, true).body).toMatch(
      /scheduled for deletion on 2026-03-02\. Cancel the deletion to keep it\./,
    );
    expect(expiryReminder("tls_cert", inDays(30), now).title).toBe('"tls_cert" expires in 30 days');
    expect(reactivated("api_key", inDays(3)).body).toBe(
      'The Inactive secret "api_key" was used and is Active again; its automatic deletion on 2026-03-04 was cancelled.',
    );
  });
});
