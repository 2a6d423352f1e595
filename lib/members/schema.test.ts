import { describe, expect, it } from "vitest";
import { PASSWORD_MIN_LENGTH as AUTH_MIN } from "../auth/password.ts";
import { acceptInvitationSchema, inviteMemberSchema, PASSWORD_MIN_LENGTH } from "./schema.ts";

describe("member schemas", () => {
  it("use the sign-in password rules", () => {
    expect(PASSWORD_MIN_LENGTH).toBe(AUTH_MIN);
  });
  it("normalizes invited e-mails and refuses malformed ones", () => {
    expect(inviteMemberSchema.parse({ orgId: "o1", email: "  Dana@Example.TEST ", role: "MEMBER" }).email).toBe(
      "dana@example.test",
    );
    expect(inviteMemberSchema.safeParse({ orgId: "o1", email: "dana@", role: "MEMBER" }).success).toBe(false);
    expect(inviteMemberSchema.safeParse({ orgId: "o1", email: "dana@example.test", role: "OWNER" }).success).toBe(
      false,
    );
  });
  it("asks for the password twice", () => {
    const base = {
      token: "inv_0123456789",
      name: "Dana",
      password: "a-long-password",
      confirmPassword: "a-long-password",
    };
    expect(acceptInvitationSchema.safeParse(base).success).toBe(true);
    const r = acceptInvitationSchema.safeParse({ ...base, confirmPassword: "something-else" });
    expect(r.success ? [] : r.error.issues.map((i) => i.path.join("."))).toEqual(["confirmPassword"]);
    expect(acceptInvitationSchema.safeParse({ ...base, password: "short", confirmPassword: "short" }).success).toBe(
      false,
    );
  });
});
