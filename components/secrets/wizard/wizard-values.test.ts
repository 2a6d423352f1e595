import { describe, expect, it } from "vitest";
import type { FieldErrors } from "react-hook-form";
import { defaultScope, defaultWorkspaceId, errorFieldNames } from "./wizard-values.ts";

describe("errorFieldNames", () => {
  it("lists the fields of a nested error tree by their form names", () => {
    const errors = {
      name: { type: "too_small", message: "Secret name is required." },
      credential: {
        headerName: { type: "required", message: "Header name is required." },
        values: { allEnvironments: { value: { type: "required", message: "Value is required." } } },
        pairs: [{ key: { type: "required", message: "Key is required." } }],
      },
    } as unknown as FieldErrors;
    expect(errorFieldNames(errors)).toEqual([
      "name",
      "credential.headerName",
      "credential.values.allEnvironments.value",
      "credential.pairs.0.key",
    ]);
  });

  it("treats an error on a whole group as one field, without looking into its element", () => {
    const ref = { name: "spotIds", nested: { type: "not an error" } };
    const errors = {
      spotIds: { type: "required", message: "Choose at least one Spot.", ref },
    } as unknown as FieldErrors;
    expect(errorFieldNames(errors)).toEqual(["spotIds"]);
  });

  it("is empty without errors and skips empty entries", () => {
    expect(errorFieldNames({})).toEqual([]);
    expect(errorFieldNames({ name: undefined } as unknown as FieldErrors)).toEqual([]);
  });
});

describe("defaultWorkspaceId", () => {
  const workspaces = [{ id: "ws1" }, { id: "ws2" }];

  it("preselects the workspace chosen in the top bar when the user may register secrets there", () => {
    expect(defaultWorkspaceId(workspaces, "ws2")).toBe("ws2");
  });

  it("else the only workspace, else none", () => {
    expect(defaultWorkspaceId(workspaces, "ws9")).toBe("");
    expect(defaultWorkspaceId(workspaces, null)).toBe("");
    expect(defaultWorkspaceId([{ id: "ws1" }], "ws9")).toBe("ws1");
    expect(defaultWorkspaceId([{ id: "ws1" }], undefined)).toBe("ws1");
    expect(defaultWorkspaceId([], "ws1")).toBe("");
  });
});

describe("defaultScope", () => {
  it("preselects Personal when it is the only storage location the user may choose", () => {
    expect(defaultScope({ canCreateOrganization: false, workspaces: [] })).toBe("PERSONAL");
  });

  it("preselects the location asked for (the secret picker's) when the user may create secrets there", () => {
    expect(defaultScope({ canCreateOrganization: true, workspaces: [] }, "ORGANIZATION")).toBe("ORGANIZATION");
    expect(defaultScope({ canCreateOrganization: false, workspaces: [{ id: "ws1" }] }, "WORKSPACE")).toBe("WORKSPACE");
    expect(defaultScope({ canCreateOrganization: false, workspaces: [{ id: "ws1" }] }, "ORGANIZATION")).toBe("");
    expect(defaultScope({ canCreateOrganization: false, workspaces: [] }, "WORKSPACE")).toBe("PERSONAL");
  });

  it("preselects nothing when there is a choice", () => {
    expect(defaultScope({ canCreateOrganization: true, workspaces: [] })).toBe("");
    expect(defaultScope({ canCreateOrganization: false, workspaces: [{ id: "ws1" }] })).toBe("");
  });
});
