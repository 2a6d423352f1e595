import { describe, expect, it } from "vitest";
import { typeProblem, visibilityProblem, type ReferencedSecret } from "./rules.ts";

const secret = (scope: string, extra: Partial<ReferencedSecret> = {}): ReferencedSecret => ({
  name: `${scope.toLowerCase()}_key`,
  scope,
  workspaceId: scope === "WORKSPACE" ? "w1" : null,
  type: "API_KEY",
  header: "Authorization",
  isNew: true,
  ...extra,
});

describe("visibilityProblem", () => {
  it("lets a private command use any secret", () => {
    expect(
      visibilityProblem("PRIVATE", null, [secret("PERSONAL"), secret("WORKSPACE"), secret("ORGANIZATION")]),
    ).toBeNull();
  });
  it("refuses to add a personal secret to a shared command (rule 2), naming it", () => {
    expect(visibilityProblem("SHARED", "w1", [secret("PERSONAL")])).toBe(
      'The secret "personal_key" (header Authorization) is personal: a personal secret cannot be added to a shared command.',
    );
  });
  it("refuses to share or publish a command that has a personal secret (rule 4)", () => {
    expect(visibilityProblem("SHARED", "w1", [secret("PERSONAL", { isNew: false })])).toMatch(/cannot be shared/);
    expect(visibilityProblem("PUBLISHED", null, [secret("PERSONAL")])).toMatch(/cannot be published/);
  });
  it("lets published commands use only organization secrets (rule 4)", () => {
    expect(visibilityProblem("PUBLISHED", null, [secret("ORGANIZATION")])).toBeNull();
    expect(visibilityProblem("PUBLISHED", null, [secret("WORKSPACE")])).toMatch(/only organization secrets/);
  });
  it("lets shared commands use organization secrets and their own workspace's secrets", () => {
    expect(visibilityProblem("SHARED", "w1", [secret("ORGANIZATION"), secret("WORKSPACE")])).toBeNull();
    expect(visibilityProblem("SHARED", "w2", [secret("WORKSPACE")])).toMatch(/another workspace/);
  });
});

describe("typeProblem", () => {
  it("accepts the header types and asks Key/Value and JSON rows for a field", () => {
    expect(typeProblem(secret("ORGANIZATION", { type: "BEARER_TOKEN" }))).toBeNull();
    expect(typeProblem(secret("ORGANIZATION", { type: "KEY_VALUE" }))).toMatch(/Choose which field/);
    expect(typeProblem(secret("ORGANIZATION", { type: "KEY_VALUE", field: "TOKEN" }))).toBeNull();
  });
  it("refuses types that cannot go in a header", () => {
    expect(typeProblem(secret("ORGANIZATION", { type: "CERTIFICATE" }))).toMatch(/cannot be sent in a header/);
  });
});
