import { describe, expect, it } from "vitest";
import { ALL_WORKSPACES } from "@/lib/domain/constants";
import { mergeListParams, scopeTabHref, secretListHref } from "./list-url.ts";

describe("secretListHref", () => {
  it("keeps workspaceId=all, so that the list keeps showing every workspace", () => {
    expect(secretListHref({ q: "db" }, { workspaceId: ALL_WORKSPACES })).toBe("/secrets?workspaceId=all&q=db");
    expect(secretListHref({ workspaceId: ALL_WORKSPACES, page: 3 }, { page: 4 })).toBe(
      "/secrets?workspaceId=all&page=4",
    );
  });
});

describe("scopeTabHref", () => {
  it("drops a filter on one workspace when the tab changes, back to the default", () => {
    expect(scopeTabHref({ scope: "WORKSPACE", workspaceId: "ws2", q: "db" }, "PERSONAL")).toBe(
      "/secrets?scope=PERSONAL&q=db",
    );
    expect(scopeTabHref({ scope: "WORKSPACE", workspaceId: "ws2" }, undefined)).toBe("/secrets");
  });

  it("keeps all workspaces across tabs, and goes back to the first page", () => {
    expect(scopeTabHref({ workspaceId: ALL_WORKSPACES, page: 2 }, "WORKSPACE")).toBe(
      "/secrets?scope=WORKSPACE&workspaceId=all",
    );
  });
});

describe("mergeListParams", () => {
  it("applies changes on top of the current filters, back to page 1 unless only the page changes", () => {
    expect(mergeListParams({ q: "db", type: "BASIC_AUTH", page: 3 }, { type: undefined })).toEqual({
      q: "db",
      type: undefined,
      page: 1,
    });
    expect(mergeListParams({ q: "db", page: 3 }, { page: 4 })).toEqual({ q: "db", page: 4 });
  });

  it("builds on a change not rendered yet: clearing the type, then choosing a status", () => {
    const afterType = mergeListParams({ q: "db", type: "BASIC_AUTH" }, { type: undefined });
    expect(secretListHref(afterType, { status: "SCHEDULED_FOR_DELETION" })).toBe(
      "/secrets?status=SCHEDULED_FOR_DELETION&q=db",
    );
  });
});
