import { describe, expect, it } from "vitest";
import { ALL_WORKSPACES } from "../domain/constants.ts";
import { parseSecretListQuery, workspaceFilter } from "./list-query.ts";

const query = (params: Record<string, string>) => parseSecretListQuery(params);

describe("workspaceFilter", () => {
  it("lists every workspace without a current workspace or URL filter", () => {
    expect(workspaceFilter(query({}), null)).toEqual({ kind: "all" });
    expect(workspaceFilter(query({ scope: "WORKSPACE" }), null)).toEqual({ kind: "all" });
  });

  it("narrows the All tab to the current workspace, keeping organization and personal secrets", () => {
    expect(workspaceFilter(query({}), "ws1")).toEqual({ kind: "context", workspaceId: "ws1", fromTopBar: true });
    expect(workspaceFilter(query({ q: "stripe", type: "API_KEY" }), "ws1")).toEqual({
      kind: "context",
      workspaceId: "ws1",
      fromTopBar: true,
    });
  });

  it("shows only the current workspace on the Workspace tab", () => {
    expect(workspaceFilter(query({ scope: "WORKSPACE" }), "ws1")).toEqual({
      kind: "only",
      workspaceId: "ws1",
      fromTopBar: true,
    });
  });

  it("leaves the Organization and Personal tabs alone", () => {
    expect(workspaceFilter(query({ scope: "ORGANIZATION" }), "ws1")).toEqual({ kind: "all" });
    expect(workspaceFilter(query({ scope: "PERSONAL" }), "ws1")).toEqual({ kind: "all" });
  });

  it("lets a workspace filter in the URL win over the current workspace", () => {
    expect(workspaceFilter(query({ scope: "WORKSPACE", workspaceId: "ws2" }), "ws1")).toEqual({
      kind: "only",
      workspaceId: "ws2",
      fromTopBar: false,
    });
    expect(workspaceFilter(query({ workspaceId: "ws2" }), null)).toEqual({
      kind: "only",
      workspaceId: "ws2",
      fromTopBar: false,
    });
  });

  it("lists every workspace with workspaceId=all, also with a current workspace", () => {
    expect(workspaceFilter(query({ workspaceId: ALL_WORKSPACES }), "ws1")).toEqual({ kind: "all" });
    expect(workspaceFilter(query({ scope: "WORKSPACE", workspaceId: ALL_WORKSPACES }), "ws1")).toEqual({ kind: "all" });
    expect(workspaceFilter(query({ workspaceId: ALL_WORKSPACES }), null)).toEqual({ kind: "all" });
  });
});
