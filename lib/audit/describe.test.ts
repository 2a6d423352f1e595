import { describe, expect, it } from "vitest";
import { describeAuditRecord } from "./describe.ts";

type Extra = Partial<{ secretName: string; targetType: string }>;
const rec = (action: string, detail: Record<string, unknown> = {}, extra: Extra = {}) => ({
  action,
  secretName: extra.secretName ?? null,
  targetType: extra.targetType ?? null,
  detail: JSON.stringify(detail),
});

describe("describeAuditRecord", () => {
  it("names the secret of a secret event", () => {
    const used = rec("secret.use", {}, { secretName: "stripe_api_key" });
    expect(describeAuditRecord(used)).toBe("Used value «stripe_api_key»");
  });
  it("names a quick command from its recorded name, and says so when a private one is not named", () => {
    const command = { targetType: "quick_command" };
    const denied = rec("command.view", { name: "deploy hook", reason: "forbidden" }, command);
    expect(describeAuditRecord(denied)).toBe("Opened quick command «deploy hook»");
    const unnamed = rec("command.view", { name: "", reason: "not_visible" }, command);
    expect(describeAuditRecord(unnamed)).toBe("Opened quick command (a private command)");
  });
  it("shows renames, members by e-mail, and environments by name", () => {
    expect(describeAuditRecord(rec("workspace.rename", { from: "Pay", to: "Payments" }))).toBe(
      "Renamed workspace «Pay» → «Payments»",
    );
    expect(describeAuditRecord(rec("environment.rename", { from: { name: "Test" }, to: { name: "QA" } }))).toBe(
      "Renamed environment «Test» → «QA»",
    );
    expect(describeAuditRecord(rec("member.invite", { email: "new@acme.test", role: "x" }))).toBe(
      "Invited member «new@acme.test»",
    );
  });
  it("leaves sign-in events and unreadable details to the action's words", () => {
    expect(describeAuditRecord(rec("auth.sign_in", { method: "password" }))).toBe("Signed in");
    const unreadable = { action: "unknown.code", secretName: null, targetType: null, detail: "not json" };
    expect(describeAuditRecord(unreadable)).toBe("unknown.code");
  });
});
