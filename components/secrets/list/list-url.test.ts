import { describe, expect, it } from "vitest";
import { ALL_WORKSPACES } from "@/lib/domain/constants";
import { scopeTabHref, secretListHref } from "./list-url.ts";

describe("secretListHref", () => {
  it("keeps workspaceId=all, so that the list keeps showing every workspace", () => {
    expect(secretListHref({ q: "db" }, { workspaceId: ALL_WORKSPACES })).toBe("/secrets?workspaceId=all&q=db");
    expect(secretListHref({ workspaceId: ALL_WORKSPACES, page: 3 }, { page: 4 })).toBe("/secrets?workspaceId=all&page=4");
  });
});

describe("scopeTabHref", () => {
  it("drops a filter on one workspace when the tab changes, back to the default", () => {
    expect(scopeTabHref({ scope: "WORKSPACE", workspaceId: "ws2", q: "db" }, "PERSONAL")).toBe("/secrets?scope=PERSONAL&q=db");
    expect(scopeTabHref({ scope: "WORKSPACE", workspaceId: "ws2" }, undefined)).toBe("/secrets");
  });

  it("keeps all workspaces across tabs, and goes back to the first page", () => {
    expect(scopeTabHref({ workspaceId: ALL_WORKSPACES, page: 2 }, "WORKSPACE")).toBe("/secrets?scope=WORKSPACE&workspaceId=all");
  });
});
