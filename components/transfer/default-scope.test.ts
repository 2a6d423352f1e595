import { describe, expect, it } from "vitest";
import { defaultScopeValue } from "./default-scope.ts";
import type { ScopeChoice } from "./transfer-types";

const scopes: ScopeChoice[] = [
  { value: "ORGANIZATION", label: "Organization", scope: "ORGANIZATION" },
  { value: "WORKSPACE:ws1", label: "Workspace Payments", scope: "WORKSPACE", workspaceId: "ws1" },
  { value: "WORKSPACE:ws2", label: "Workspace Ops", scope: "WORKSPACE", workspaceId: "ws2" },
  { value: "PERSONAL", label: "Personal (yours)", scope: "PERSONAL" },
];

describe("defaultScopeValue", () => {
  it("starts with the workspace chosen in the top bar when it is offered", () => {
    expect(defaultScopeValue(scopes, "ws2")).toBe("WORKSPACE:ws2");
  });

  it("starts with the first choice without a current workspace, or when it is not offered", () => {
    expect(defaultScopeValue(scopes, null)).toBe("ORGANIZATION");
    expect(defaultScopeValue(scopes, "ws9")).toBe("ORGANIZATION");
    expect(defaultScopeValue(scopes.slice(3), "ws1")).toBe("PERSONAL");
  });

  it("is empty until the choices are loaded", () => {
    expect(defaultScopeValue(undefined, "ws1")).toBe("");
    expect(defaultScopeValue([], null)).toBe("");
  });
});
